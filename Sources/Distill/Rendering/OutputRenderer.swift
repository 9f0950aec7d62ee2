/// Turns the guide into the files of one output format through that format's templates.
public protocol OutputRenderer: Sendable {
    /// The templates folder this renderer reads: `site`, `cheatsheet` or `anki`.
    var format: String { get }
    /// Renders every file of the format, with paths relative to the output folder.
    func render(_ guide: Guide, templates: TemplateSet) throws(TemplateError) -> [RenderedFile]
}

/// What every renderer gets: the deduplicated facts and the guide's settings.
public struct Guide: Sendable {
    public var graph: FactGraph
    public var config: GuideConfig

    public init(graph: FactGraph, config: GuideConfig) {
        self.graph = graph
        self.config = config
    }
}
