/// One fact as every HTML output shows it: its text as safe HTML, where it came from, what
/// disagrees with it, and the facts nested under it.
public struct FactView: Hashable, Sendable {
    public var id: String
    /// Fragment id, unique across the guide, e.g. `f-3a9c0d12b7e`.
    public var anchor: String
    /// `statement`, `definition` or `question`, for CSS classes.
    public var kindName: String
    public var isDefinition: Bool
    public var isQuestion: Bool
    /// The term or question as plain text (escape it); empty for statements.
    public var lead: String
    public var hasLead: Bool
    /// The fact's text after the lead, as HTML built by `InlineHTML` (safe to emit unescaped).
    public var html: String
    /// The whole fact as plain text, for the site's search index.
    public var text: String
    public var sources: SourceBadge
    public var conflicts: [ConflictNote]
    public var hasConflicts: Bool
    public var children: [FactView]
    public var hasChildren: Bool
}

/// How many files said a fact, and exactly where.
public struct SourceBadge: Hashable, Sendable {
    /// Distinct files.
    public var count: Int
    /// `1 source`, `3 sources`.
    public var label: String
    /// Every origin as `file:line`, one a line, for a `title` tooltip.
    public var tooltip: String
    /// The tooltip escaped for an attribute, for `title="{{{tooltipHTML}}}"`: at scale it is
    /// most of a page's text, and `{{tooltip}}` would escape it again on every page showing it.
    public var tooltipHTML: String
    public var isShared: Bool

    init(origins: [SourceLocation], files: [SourcePath]) {
        count = files.count
        label = Plural.count(files.count, "source")
        tooltip = origins.fileLines(joinedBy: "\n")
        // Only a file name can need escaping: most names do not, and the tooltip is then its
        // own escaped form, not scanned again.
        tooltipHTML = files.contains(where: \.rawValue.needsHTMLEscaping)
            ? origins.fileLines(joinedBy: "\n", escapingFiles: true) : tooltip
        isShared = files.count > 1
    }
}

/// A conflict as shown beside one of its facts: why, and the facts it disagrees with.
public struct ConflictNote: Hashable, Sendable {
    public var reason: String
    public var peers: [FactLink]
}

/// A link to a fact; `href` is relative to the folder of the per-topic pages.
public struct FactLink: Hashable, Sendable {
    public var text: String
    public var href: String
}
