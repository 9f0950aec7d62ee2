/// Builds the topic tree: headings that name the same subject under the same parents
/// (after folding case, punctuation and accents) become one topic.
struct TopicIndex {
    private(set) var topics: [Topic] = []
    private var indexByKey: [String: Int] = [:]
    /// Topics by their exact heading path, so repeated look-ups skip folding.
    private var indexByPath: [[String]: Int] = [:]
    private var usedSlugs: Set<String> = []

    /// The topic for a heading path, created (with its parents) on first sight.
    mutating func topic(for path: [String], origin: SourceLocation?) -> Int {
        if let known = indexByPath[path] {
            record(origin, at: known)
            return known
        }
        var parent: Int?
        var key = ""
        for (depth, title) in path.enumerated() {
            let folded = FoldedText(title).key
            key += (depth == 0 ? "" : " / ") + (folded.isEmpty ? title : folded)
            if let existing = indexByKey[key] {
                parent = existing
                continue
            }
            let slug = uniqueSlug(for: title, under: parent.map { topics[$0].slug })
            topics.append(Topic(slug: slug, title: title, parent: parent.map { topics[$0].slug }))
            let index = topics.count - 1
            if let parent { topics[parent].children.append(slug) }
            indexByKey[key] = index
            parent = index
        }
        let index = parent ?? 0
        indexByPath[path] = index
        record(origin, at: index)
        return index
    }

    private mutating func record(_ origin: SourceLocation?, at index: Int) {
        if let origin, !topics[index].origins.contains(origin) {
            topics[index].origins.append(origin)
        }
    }

    mutating func append(_ entry: Topic.Entry, to index: Int) {
        topics[index].entries.append(entry)
    }

    /// The topics in reading order: each parent followed by its subtree.
    func ordered() -> [Topic] {
        let bySlug = Dictionary(uniqueKeysWithValues: topics.enumerated().map { ($1.slug, $0) })
        var out: [Topic] = []
        var stack = topics.indices.filter { topics[$0].parent == nil }.reversed().map { $0 }
        while let index = stack.popLast() {
            out.append(topics[index])
            stack.append(contentsOf: topics[index].children.compactMap { bySlug[$0] }.reversed())
        }
        return out
    }

    private mutating func uniqueSlug(for title: String, under parent: TopicSlug?) -> TopicSlug {
        let base = (parent.map { $0.rawValue + "/" } ?? "") + Slug.make(title)
        var candidate = base
        var counter = 2
        while usedSlugs.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        usedSlugs.insert(candidate)
        return TopicSlug(candidate)
    }
}
