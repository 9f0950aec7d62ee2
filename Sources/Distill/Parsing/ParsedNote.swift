import DistillMarkdown

/// A normalized note and the tree cmark-gfm parsed from its markdown.
public struct ParsedNote: Hashable, Sendable {
    public var note: NormalizedNote
    public var document: MarkdownNode

    public init(note: NormalizedNote, document: MarkdownNode) {
        self.note = note
        self.document = document
    }

    /// The parse stage.
    public static func parse(_ note: NormalizedNote) -> ParsedNote {
        ParsedNote(note: note, document: MarkdownParser.parse(note.markdown))
    }

    /// Where a node of the parsed markdown stands in the raw input file.
    public func location(of node: MarkdownNode) -> SourceLocation {
        SourceLocation(file: note.source, line: note.lineMap.rawLine(forNormalized: node.range.start.line))
    }
}
