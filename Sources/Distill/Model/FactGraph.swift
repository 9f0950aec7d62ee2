import DistillMarkdown

/// The deduplicated guide: topics as a tree, each fact once with every source that said it,
/// and the pairs of facts that disagree.
public struct FactGraph: Hashable, Sendable {
    public var sources: [SourceSummary]
    /// Topics in reading order (a parent before its children).
    public var topics: [Topic]
    /// Facts in reading order.
    public var facts: [MergedFact]
    public var conflicts: [Conflict]
    /// Pairs alike enough to look at but not enough to merge (`distill check` lists them).
    public var suspectedDuplicates: [Conflict]

    public init(
        sources: [SourceSummary] = [], topics: [Topic] = [], facts: [MergedFact] = [], conflicts: [Conflict] = [],
        suspectedDuplicates: [Conflict] = []
    ) {
        self.sources = sources
        self.topics = topics
        self.facts = facts
        self.conflicts = conflicts
        self.suspectedDuplicates = suspectedDuplicates
    }

    /// Each fact's position in `facts`, by ID (the first, should two share one). Readers look a
    /// fact up by position and read it in place: a copy would retain each of its fields.
    func factPositions() -> [FactID: Int] {
        Dictionary(facts.indices.map { (facts[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

/// What the guide records of each input file.
public struct SourceSummary: Hashable, Sendable, Codable {
    public var file: SourcePath
    public var lines: Int
    public var format: NoteFormat
    public var encoding: SourceFile.Encoding
    /// Lines removed by each noise rule.
    public var dropped: [NoiseRule: Int]
    /// Non-blank raw lines.
    public var contentLines: Int
    /// Non-blank raw lines whose text is in a fact, heading, table or code block.
    public var coveredLines: Int
    /// The note's own title: a heading above all others that names the file, not a topic.
    public var title: String?

    public init(
        file: SourcePath, lines: Int, format: NoteFormat, encoding: SourceFile.Encoding,
        dropped: [NoiseRule: Int] = [:], contentLines: Int = 0, coveredLines: Int = 0
    ) {
        self.file = file
        self.lines = lines
        self.format = format
        self.encoding = encoding
        self.dropped = dropped
        self.contentLines = contentLines
        self.coveredLines = coveredLines
    }
}

/// A subject of the guide, from one or more headings that name it.
public struct Topic: Hashable, Sendable {
    /// What a topic page lists, in order.
    public enum Entry: Hashable, Sendable {
        case fact(FactID)
        case block(Block)
    }

    public var slug: TopicSlug
    public var title: String
    public var parent: TopicSlug?
    public var children: [TopicSlug]
    public var entries: [Entry]
    /// Every heading in the notes that became this topic.
    public var origins: [SourceLocation]

    public init(slug: TopicSlug, title: String, parent: TopicSlug? = nil, children: [TopicSlug] = [], entries: [Entry] = [], origins: [SourceLocation] = []) {
        self.slug = slug
        self.title = title
        self.parent = parent
        self.children = children
        self.entries = entries
        self.origins = origins
    }

    /// The facts this topic lists directly.
    public var factIDs: [FactID] {
        entries.compactMap { if case let .fact(id) = $0 { id } else { nil } }
    }
}

/// A fact after deduplication: one wording, every place it was said.
public struct MergedFact: Hashable, Sendable {
    public var id: FactID
    public var topic: TopicSlug
    public var kind: Fact.Kind
    public var content: [MarkdownNode]
    public var text: String
    /// Every place the fact was said, the chosen wording's place first.
    public var origins: [SourceLocation]
    /// How each origin worded the fact, in the order of `origins`.
    public var wordings: [String]
    /// The fact this one is nested under, if it sits under one on the same topic.
    public var parent: FactID?
    public var depth: Int

    public init(id: FactID, topic: TopicSlug, kind: Fact.Kind, content: [MarkdownNode], text: String, origins: [SourceLocation], parent: FactID? = nil, depth: Int = 0) {
        self.id = id
        self.topic = topic
        self.kind = kind
        self.content = content
        self.text = text
        self.origins = origins
        self.wordings = origins.map { _ in text }
        self.parent = parent
        self.depth = depth
    }

    /// The distinct files that said this fact.
    public var sourceFiles: [SourcePath] {
        // Most facts have a handful of origins: searching the few files kept costs less than
        // hashing each path.
        guard origins.count > 8 else {
            var files: [SourcePath] = []
            for origin in origins where !files.contains(origin.file) { files.append(origin.file) }
            return files
        }
        // A note says a fact again in a run of origins from its own file: only where the file
        // changes can a new one start.
        var seen = Set<SourcePath>(minimumCapacity: origins.count)
        var files: [SourcePath] = []
        var last: SourcePath?
        for origin in origins where origin.file != last {
            last = origin.file
            if seen.insert(origin.file).inserted { files.append(origin.file) }
        }
        return files
    }
}

/// Two facts about the same thing that disagree; both are kept.
public struct Conflict: Hashable, Sendable {
    public var facts: [FactID]
    public var reason: String

    public init(facts: [FactID], reason: String) {
        self.facts = facts
        self.reason = reason
    }
}
