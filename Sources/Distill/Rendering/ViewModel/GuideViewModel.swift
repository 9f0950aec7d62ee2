/// Everything the HTML outputs show, built once from a `Guide`: the site and the cheat sheets
/// differ only in templates (Hugo's "one page, many output formats").
///
/// Templates read it through `Mirror`, so every value a template tests is a stored property:
/// `Bool`s for conditions, arrays of zero or one element for optional parts, and no optionals
/// (a missing key makes Mustache look further up the context stack).
public struct GuideViewModel: Hashable, Sendable {
    public var title: String
    public var description: String
    public var hasDescription: Bool
    public var author: String
    public var hasAuthor: Bool
    /// Sources, facts, topics and conflicts, in that order.
    public var stats: [Stat]
    public var sources: [SourceView]
    public var hasSources: Bool
    /// Root topics with their subtopics.
    public var tree: [TopicNode]
    public var hasTopics: Bool
    /// One page per root topic, in reading order.
    public var pages: [TopicPage]
    public var conflicts: [ConflictView]
    public var hasConflicts: Bool

    public init(_ guide: Guide) {
        self = guide.model
    }

    init(graph: FactGraph, config: GuideConfig) {
        self = ViewModelBuilder(graph: graph).build(config: config)
    }

    init(
        config: GuideConfig, stats: [Stat], sources: [SourceView], tree: [TopicNode], pages: [TopicPage],
        conflicts: [ConflictView]
    ) {
        title = config.title
        description = config.description
        hasDescription = !config.description.isEmpty
        author = config.author
        hasAuthor = !config.author.isEmpty
        self.stats = stats
        self.sources = sources
        hasSources = !sources.isEmpty
        self.tree = tree
        hasTopics = !tree.isEmpty
        self.pages = pages
        self.conflicts = conflicts
        hasConflicts = !conflicts.isEmpty
    }
}
