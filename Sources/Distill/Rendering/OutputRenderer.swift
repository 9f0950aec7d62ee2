/// Turns the guide into the files of one output format through that format's templates.
public protocol OutputRenderer: Sendable {
    /// The templates folder this renderer reads: `site`, `cheatsheet` or `anki`.
    var format: String { get }
    /// Renders every file of the format, with paths relative to the output folder.
    func render(_ guide: Guide, templates: TemplateSet) throws(TemplateError) -> [RenderedFile]
}

/// What every renderer gets: the deduplicated facts, the guide's settings, and the view
/// model the HTML outputs share.
public struct Guide: Sendable {
    public let graph: FactGraph
    public let config: GuideConfig
    /// Built once here rather than by each renderer: at scale it costs as much as a renderer's
    /// own work. Constants, so it cannot fall behind the graph or the config.
    public let model: GuideViewModel
    /// The deck's cards without reversed ones, made once for the site's study cards and the
    /// deck, while the view model is built on another core.
    let cards: [AnkiCard]

    public init(graph: FactGraph, config: GuideConfig) {
        self.graph = graph
        self.config = config
        (model, cards) = Parallel.both(
            { GuideViewModel(graph: graph, config: config) }, { AnkiCardMaker(graph: graph).cards().cards })
    }
}
