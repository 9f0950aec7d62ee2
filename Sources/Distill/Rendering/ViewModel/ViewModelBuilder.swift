/// Builds a `GuideViewModel` from a `FactGraph`: resolves the topic tree, gives every topic and
/// fact a stable page and anchor, and counts what each topic holds.
///
/// Everything follows the graph's reading order, so the same graph always gives the same model.
struct ViewModelBuilder {
    let graph: FactGraph
    let topics: [TopicSlug: Topic]
    /// Each fact's position in `graph.facts` (see `FactGraph.factPositions`).
    let factPositions: [FactID: Int]
    /// Each fact's `sourceFiles`, by position: the badges, the coverage counts and the
    /// sources list each ask, and a fact said by every copy of a note has hundreds of origins.
    let sourceFiles: [[SourcePath]]
    /// Root topics in reading order.
    private(set) var roots: [TopicSlug] = []
    /// Each topic's subtopics, in order, every topic under exactly one parent.
    private(set) var children: [TopicSlug: [TopicSlug]] = [:]
    /// Page file of every topic's root topic.
    private(set) var pageFile: [TopicSlug: String] = [:]
    private(set) var topicAnchor: [TopicSlug: String] = [:]
    /// Page file and anchor of every fact a topic lists (the first listing wins).
    private(set) var factPage: [FactID: String] = [:]
    private(set) var factAnchor: [FactID: String] = [:]
    let conflictsByFact: [FactID: [Conflict]]
    /// Each topic's `coverage(of:)`, counted once bottom-up: the tree, the pages and their
    /// tables of contents all ask for it, and each ask would walk the whole subtree again.
    private var coverageBySlug: [TopicSlug: (facts: Int, files: Set<SourcePath>)] = [:]

    /// Names the cheat sheets and the site use for their own files.
    static let reservedFileNames: Set<String> = ["all", "index", "assets"]

    init(graph: FactGraph) {
        self.graph = graph
        topics = Dictionary(graph.topics.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        factPositions = graph.factPositions()
        sourceFiles = InPlace.read(graph.facts) { facts in Parallel.map(Array(0..<facts.count), inChunksOf: 512) { facts[$0].sourceFiles } }
        var conflictsByFact: [FactID: [Conflict]] = [:]
        for conflict in graph.conflicts {
            for id in Set(conflict.facts) { conflictsByFact[id, default: []].append(conflict) }
        }
        self.conflictsByFact = conflictsByFact
        resolveTree()
        assignNames()
        for root in roots { countCoverage(of: root) }
    }

    // MARK: - Tree

    /// Roots are topics without a (known) parent. A topic's children are the ones it lists, then
    /// any that name it as parent without being listed; a topic reached twice stays with the first.
    private mutating func resolveTree() {
        var claimed = Set<TopicSlug>()
        var childrenByParent: [TopicSlug: [TopicSlug]] = [:]
        for topic in graph.topics {
            if let parent = topic.parent, topics[parent] != nil {
                childrenByParent[parent, default: []].append(topic.slug)
            }
        }
        for topic in graph.topics where topic.parent.flatMap({ topics[$0] }) == nil {
            if claimed.insert(topic.slug).inserted { roots.append(topic.slug) }
        }
        var queue = roots
        while !queue.isEmpty {
            let slug = queue.removeFirst()
            guard let topic = topics[slug] else { continue }
            var kids: [TopicSlug] = []
            for child in topic.children + childrenByParent[slug, default: []] where topics[child] != nil {
                if claimed.insert(child).inserted { kids.append(child) }
            }
            children[slug] = kids
            queue += kids
        }
    }

    private mutating func assignNames() {
        var files = PageNames(reserved: Self.reservedFileNames)
        var anchors = PageNames(capacity: graph.topics.count + graph.facts.count)
        // Every topic and fact gets a name: the tables are made their size once.
        pageFile.reserveCapacity(graph.topics.count)
        topicAnchor.reserveCapacity(graph.topics.count)
        factPage.reserveCapacity(graph.facts.count)
        factAnchor.reserveCapacity(graph.facts.count)
        for root in roots {
            let file = files.claim(root.leaf, fallback: "topic") + ".html"
            for slug in subtree(of: root) {
                pageFile[slug] = file
                topicAnchor[slug] = anchors.claim(slug.rawValue, prefix: "t-", fallback: "topic")
                for id in topics[slug]?.factIDs ?? [] where factPage[id] == nil && factPositions[id] != nil {
                    factPage[id] = file
                    factAnchor[id] = anchors.claim(id.rawValue, prefix: "f-", fallback: "fact")
                }
            }
        }
    }

    /// `slug` and every topic under it, depth first in reading order.
    func subtree(of slug: TopicSlug) -> [TopicSlug] {
        var out: [TopicSlug] = []
        var stack = [slug]
        while let next = stack.popLast() {
            out.append(next)
            stack += children[next, default: []].reversed()
        }
        return out
    }

    // MARK: - Model

    func build(config: GuideConfig) -> GuideViewModel {
        // Pages are built on every core, the largest first: the Anki cards are made beside the
        // view model, and a page-by-page build kept one core on it after the cards were done.
        let pages = Parallel.map(Array(roots.indices), costliestFirst: { coverage(of: roots[$0]).facts }) { page(at: $0) }
        return GuideViewModel(
            config: config, stats: stats(), sources: sourceViews(), tree: roots.map { node($0, isRoot: true) },
            pages: pages, conflicts: Parallel.map(graph.conflicts, inChunksOf: 1024) { conflictView($0) })
    }

    private func page(at index: Int) -> TopicPage {
        let slug = roots[index]
        let title = topics[slug]?.title ?? slug.rawValue
        let toc = children[slug, default: []].map { node($0, isRoot: false) }
        func link(_ i: Int) -> [PageLink] {
            guard roots.indices.contains(i) else { return [] }
            let other = roots[i]
            return [PageLink(title: topics[other]?.title ?? other.rawValue, href: pageFile[other] ?? "")]
        }
        return TopicPage(
            title: title, slug: slug.rawValue, fileName: pageFile[slug] ?? "", section: section(slug, depth: 0),
            toc: toc, hasToc: !toc.isEmpty, previous: link(index - 1), next: link(index + 1))
    }

    private func node(_ slug: TopicSlug, isRoot: Bool) -> TopicNode {
        let kids = children[slug, default: []].map { node($0, isRoot: false) }
        let file = pageFile[slug] ?? ""
        let counts = coverage(of: slug)
        return TopicNode(
            title: topics[slug]?.title ?? slug.rawValue, slug: slug.rawValue,
            href: isRoot ? file : "\(file)#\(topicAnchor[slug] ?? "")",
            factCount: counts.facts, factCountLabel: Plural.count(counts.facts, "fact"),
            sourceCount: counts.files.count, sourceCountLabel: Plural.count(counts.files.count, "source"),
            children: kids, hasChildren: !kids.isEmpty)
    }

    private func section(_ slug: TopicSlug, depth: Int) -> SectionView {
        let entries = entryViews(for: slug)
        // A root page's subtopics are built on every core too: at scale one root page can hold
        // a tenth of the facts, and built alone it was the last work of the view model.
        let kids = children[slug, default: []]
        let subsections = depth == 0
            ? Parallel.map(kids, costliestFirst: { coverage(of: $0).facts }) { section($0, depth: depth + 1) }
            : kids.map { section($0, depth: depth + 1) }
        let counts = coverage(of: slug)
        return SectionView(
            title: topics[slug]?.title ?? slug.rawValue, slug: slug.rawValue, anchor: topicAnchor[slug] ?? "",
            depth: depth, level: min(depth + 1, 6), entries: entries, hasEntries: !entries.isEmpty,
            subsections: subsections, hasSubsections: !subsections.isEmpty, factCount: counts.facts,
            factCountLabel: Plural.count(counts.facts, "fact"),
            sourceCountLabel: Plural.count(counts.files.count, "source"))
    }

    /// Facts listed in the topic and its subtopics, and the files that gave them any content.
    func coverage(of slug: TopicSlug) -> (facts: Int, files: Set<SourcePath>) {
        coverageBySlug[slug] ?? (0, [])
    }

    /// Counts `slug`'s own entries and adds its subtopics' counts, children first, so each
    /// entry is read once however deep the tree.
    @discardableResult
    private mutating func countCoverage(of slug: TopicSlug) -> (facts: Int, files: Set<SourcePath>) {
        var count = 0
        var files = Set<SourcePath>()
        for entry in topics[slug]?.entries ?? [] {
            switch entry {
            case let .fact(id):
                guard let position = factPositions[id] else { continue }
                count += 1
                for file in sourceFiles[position] { files.insert(file) }
            case let .block(block):
                files.insert(block.location.file)
            }
        }
        for child in children[slug, default: []] {
            let below = countCoverage(of: child)
            count += below.facts
            files.formUnion(below.files)
        }
        coverageBySlug[slug] = (count, files)
        return (count, files)
    }

    // MARK: - Home page

    private func stats() -> [Stat] {
        let sourceCount = graph.sources.isEmpty
            ? Set(graph.facts.flatMap { $0.origins.map(\.file) }).count : graph.sources.count
        return [
            Stat(value: sourceCount, label: sourceCount == 1 ? "source" : "sources"),
            Stat(value: graph.facts.count, label: graph.facts.count == 1 ? "fact" : "facts"),
            Stat(value: graph.topics.count, label: graph.topics.count == 1 ? "topic" : "topics"),
            Stat(value: graph.conflicts.count, label: graph.conflicts.count == 1 ? "conflict" : "conflicts"),
        ]
    }

    private func sourceViews() -> [SourceView] {
        // One pass over the facts: asking each source to search every fact's origins grows
        // with sources × facts × origins, which is cubic in the size of the notes.
        // Counted in slices on every core, then added up: at scale a fact lists a hundred
        // files or more, and the count alone kept one core busy after the pages were built.
        let counts = Parallel.map(sourceFiles.slices()) { slice in
            var factCount: [SourcePath: Int] = [:]
            for files in slice {
                for file in files { factCount[file, default: 0] += 1 }
            }
            return factCount
        }
        var factCount: [SourcePath: Int] = [:]
        for slice in counts {
            factCount.merge(slice, uniquingKeysWith: +)
        }
        return graph.sources.map { source in
            let count = factCount[source.file, default: 0]
            return SourceView(
                file: source.file.rawValue, title: source.title ?? "", hasTitle: source.title != nil, format: source.format.rawValue, lines: source.lines,
                factCountLabel: Plural.count(count, "fact"))
        }
    }

    private func conflictView(_ conflict: Conflict) -> ConflictView {
        // A closure, not `link(to:)` itself: the method as a value copies the whole builder.
        ConflictView(reason: Self.reasonText(conflict), facts: conflict.facts.compactMap { link(to: $0) })
    }

    static func reasonText(_ conflict: Conflict) -> String {
        conflict.reason.isEmpty ? "The sources disagree." : conflict.reason
    }

    /// A link to where the fact is shown, or nil when no topic lists it.
    func link(to id: FactID) -> FactLink? {
        guard let position = factPositions[id], let file = factPage[id], let anchor = factAnchor[id] else { return nil }
        return FactLink(text: graph.facts[position].text, href: "\(file)#\(anchor)")
    }
}
