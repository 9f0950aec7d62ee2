/// Builds the topic tree. Headings that name the same subject become one topic: equal
/// after folding case, punctuation and accents, after dropping a qualifier prefix the notes
/// use a lot (`AWS Service – Redshift` = `Redshift`), through an acronym the notes define
/// (`ALB` = `Application Load Balancer (ALB)`), or one letter apart in a long name
/// (`Elastic Cache` = `ElastiCache`). A top-level heading that starts with another topic's
/// name (`S3 Versioning` after `S3`) becomes its subtopic.
struct TopicIndex {
    let vocabulary: TopicVocabulary
    private(set) var topics: [Topic] = []
    /// Subtopics by parent index and folded title.
    private var indexByKey: [String: Int] = [:]
    /// Topics by their exact heading path, so repeated look-ups skip folding.
    private var indexByPath: [[String]: Int] = [:]
    /// The last path looked up: a note's facts come in runs under one heading, and comparing
    /// with the last path costs less than hashing it.
    private var lastLookup: (path: [String], index: Int)?
    private var rootByKey: [String: Int] = [:]
    /// Root keys with one letter removed, for names spelt one letter apart.
    private var rootByDeletion: [String: Int] = [:]
    private var rootBySubject: [String: Int] = [:]
    private var usedSlugs: Set<String> = []
    /// Each topic's origins as a set, so recording one stays a hash look-up however many
    /// copies of a heading the notes hold.
    private var originSets: [Set<SourceLocation>] = []

    init(vocabulary: TopicVocabulary = TopicVocabulary(rootTitlesBySource: [])) {
        self.vocabulary = vocabulary
    }

    /// The topic for a heading path, created (with its parents) on first sight.
    mutating func topic(for path: [String], origin: SourceLocation?) -> Int {
        if let last = lastLookup, last.path == path {
            record(origin, at: last.index)
            return last.index
        }
        if let known = indexByPath[path] {
            record(origin, at: known)
            lastLookup = (path, known)
            return known
        }
        guard let first = path.first else { return 0 }
        var (parent, rest) = root(for: first)
        for title in rest + path.dropFirst() {
            let folded = FoldedText.key(of: title)
            let key = "\(parent)|" + (folded.isEmpty ? title : folded)
            if let existing = indexByKey[key] {
                parent = existing
                continue
            }
            parent = create(title: title, parent: parent)
            indexByKey[key] = parent
        }
        indexByPath[path] = parent
        lastLookup = (path, parent)
        record(origin, at: parent)
        return parent
    }

    /// Places every heading and entry of the notes, read in order, as the dedupe loop reads
    /// them: each note's headings, then its entries. Returns each note's entries' topics, in
    /// the order of its entries. Topics depend on headings alone, never on which facts merge,
    /// so they are placed before the loop, beside other work.
    mutating func place(_ notes: [ExtractedNote]) -> [[Int]] {
        notes.map { note in
            for heading in note.headings {
                _ = topic(for: heading.path, origin: heading.location)
            }
            return note.entries.map { entry in
                switch entry {
                case let .block(block): topic(for: block.topicPath, origin: nil)
                case let .fact(index): topic(for: note.facts[index].topicPath, origin: nil)
                }
            }
        }
    }

    /// The root topic a top-level title belongs to, and the titles left to place under it.
    private mutating func root(for title: String) -> (Int, [String]) {
        let key = vocabulary.key(of: title)
        guard !key.isEmpty else { return (findOrCreateRoot(title: title, key: "raw|" + title), []) }
        if vocabulary.isSeparated(title) { return (findOrCreateRoot(title: title, key: key), []) }
        if let existing = rootByKey[key] ?? similarRoot(to: key) { return (existing, []) }
        let words = vocabulary.subjectWords(of: title)
        if words.count > 1 {
            for length in stride(from: words.count - 1, through: 1, by: -1) {
                if let parent = rootBySubject[words.prefix(length).joined(separator: " ")] { return (parent, [title]) }
            }
        }
        let index = findOrCreateRoot(title: title, key: key)
        rootBySubject[words.joined(separator: " ")] = index
        return (index, [])
    }

    private mutating func findOrCreateRoot(title: String, key: String) -> Int {
        if let existing = rootByKey[key] { return existing }
        let index = create(title: vocabulary.userTitle(forKey: key) ?? vocabulary.displayTitle(of: title), parent: nil)
        rootByKey[key] = index
        if Self.allowsSpellingVariants(key) {
            for variant in key.oneLetterDeletions where rootByDeletion[variant] == nil { rootByDeletion[variant] = index }
        }
        return index
    }

    private func similarRoot(to key: String) -> Int? {
        guard Self.allowsSpellingVariants(key) else { return nil }
        if let match = rootByDeletion[key] { return match }
        for variant in key.oneLetterDeletions {
            if let match = rootByKey[variant] ?? rootByDeletion[variant] { return match }
        }
        return nil
    }

    /// Long names of letters only: short ones and ones with digits (`EC2`, `S3`) differ by design.
    /// Names longer than `maximumVariantLength` letters are no names but runs of text; their
    /// one-letter variants would cost the square of their length.
    private static func allowsSpellingVariants(_ key: String) -> Bool {
        (8...maximumVariantLength).contains(key.count) && key.allSatisfy(\.isLetter)
    }

    private static let maximumVariantLength = 40

    private mutating func create(title: String, parent: Int?) -> Int {
        let parentSlug = parent.map { topics[$0].slug }
        let slug = uniqueSlug(for: title, under: parentSlug)
        topics.append(Topic(slug: slug, title: title, parent: parentSlug))
        originSets.append([])
        let index = topics.count - 1
        if let parent { topics[parent].children.append(slug) }
        return index
    }

    private mutating func record(_ origin: SourceLocation?, at index: Int) {
        if let origin, originSets[index].insert(origin).inserted {
            topics[index].origins.append(origin)
        }
    }

    mutating func append(_ entry: Topic.Entry, to index: Int) {
        topics[index].entries.append(entry)
    }

    /// Replaces each fact entry's ID with `rename` of it.
    mutating func renameFacts(_ rename: (FactID) -> FactID) {
        for topic in topics.indices {
            for entry in topics[topic].entries.indices {
                if case let .fact(id) = topics[topic].entries[entry] { topics[topic].entries[entry] = .fact(rename(id)) }
            }
        }
    }

    /// The topics' positions in `topics`, in reading order: each parent followed by its subtree.
    func orderedIndices() -> [Int] {
        let bySlug = Dictionary(uniqueKeysWithValues: topics.enumerated().map { ($1.slug, $0) })
        var out: [Int] = []
        var stack = topics.indices.filter { topics[$0].parent == nil }.reversed().map { $0 }
        while let index = stack.popLast() {
            out.append(index)
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
