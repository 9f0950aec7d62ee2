/// A note rewritten as canonical markdown, with the map back to its raw lines.
public struct NormalizedNote: Hashable, Sendable {
    public var source: SourcePath
    /// The format the normalizer recognised the file as.
    public var format: NoteFormat
    /// Canonical markdown; this is what cmark-gfm parses and what `Output/normalized/` holds.
    public var markdown: String
    /// For each line of `markdown`, the raw line it came from.
    public var lineMap: LineMap
    /// Raw lines the normalizer removed, each with the rule that removed it.
    public var dropped: [DroppedLine]
    /// Problems found while normalizing (images dropped, odd bytes, ...).
    public var diagnostics: [Diagnostic]

    public init(
        source: SourcePath, format: NoteFormat, markdown: String, lineMap: LineMap,
        dropped: [DroppedLine] = [], diagnostics: [Diagnostic] = []
    ) {
        self.source = source
        self.format = format
        self.markdown = markdown
        self.lineMap = lineMap
        self.dropped = dropped
        self.diagnostics = diagnostics
    }
}

/// The shapes of notes the normalizer tells apart.
public enum NoteFormat: String, Hashable, Sendable, Codable, CaseIterable {
    case markdown
    case bulletText = "bullet-text"
    case wordExport = "word-export"
    case webPage = "web-page"
    case handwritingOCR = "handwriting-ocr"
    case outline
    case orgMode = "org-mode"
}

/// A raw line that does not reach the markdown, and the named rule that removed it.
public struct DroppedLine: Hashable, Sendable, Codable {
    public var line: Int
    public var rule: NoiseRule

    public init(line: Int, rule: NoiseRule) {
        self.line = line
        self.rule = rule
    }
}

/// The named rules that may remove a raw line. Each removal is counted per rule.
public enum NoiseRule: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case siteChrome = "site-chrome"
    case tableOfContents = "table-of-contents"
    case htmlAnchor = "html-anchor"
    case htmlComment = "html-comment"
    case pageNumber = "page-number"
    case latexNoise = "latex-noise"
    case ocrGarbage = "ocr-garbage"
    case separator = "separator"
    case navigation = "navigation"
    case emptyMarkup = "empty-markup"
    /// Org-mode settings (`#+OPTIONS:`), block delimiters, comments and property drawers.
    case orgSettings = "org-settings"

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
