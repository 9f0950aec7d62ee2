/// A topic in the guide's table of contents, with its subtopics.
public struct TopicNode: Hashable, Sendable {
    public var title: String
    public var slug: String
    /// Relative to the folder of the per-topic pages: `storage.html` or `storage.html#t-storage-s3`.
    public var href: String
    /// Facts in this topic and every subtopic.
    public var factCount: Int
    public var factCountLabel: String
    /// Distinct files that gave this topic or a subtopic a fact, table or code block.
    public var sourceCount: Int
    public var sourceCountLabel: String
    public var children: [TopicNode]
    public var hasChildren: Bool
}

/// A page per root topic.
public struct TopicPage: Hashable, Sendable {
    public var title: String
    public var slug: String
    /// File name shared by the site page and the cheat sheet, e.g. `storage.html`.
    public var fileName: String
    public var section: SectionView
    /// The subtopics, for an "on this page" list.
    public var toc: [TopicNode]
    public var hasToc: Bool
    /// Zero or one link each, so templates can use sections.
    public var previous: [PageLink]
    public var next: [PageLink]

    /// The page with its section's headings starting at `base` (see `SectionView.withHeadingBase`).
    public func withHeadingBase(_ base: Int) -> TopicPage {
        var copy = self
        copy.section = section.withHeadingBase(base)
        return copy
    }
}

/// A link to another page; `href` is relative to the folder of the per-topic pages.
public struct PageLink: Hashable, Sendable {
    public var title: String
    public var href: String
}
