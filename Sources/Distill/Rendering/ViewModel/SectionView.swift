/// A topic and everything under it, as nested sections of one page.
public struct SectionView: Hashable, Sendable {
    public var title: String
    public var slug: String
    public var anchor: String
    /// 0 for the page's own topic, 1 for its subtopics, and so on.
    public var depth: Int
    /// The heading level (`h2`…`h6`); set by `withHeadingBase(_:)` for the page layout at hand.
    public var level: Int
    public var entries: [EntryView]
    public var hasEntries: Bool
    public var subsections: [SectionView]
    public var hasSubsections: Bool
    public var factCount: Int
    public var factCountLabel: String
    public var sourceCountLabel: String

    /// The same section with headings starting at `base` for depth 0 (capped at `h6`): a page
    /// per topic starts at 1, a page holding every topic at 2.
    public func withHeadingBase(_ base: Int) -> SectionView {
        var copy = self
        copy.level = min(base + depth, 6)
        copy.subsections = subsections.map { $0.withHeadingBase(base) }
        return copy
    }
}
