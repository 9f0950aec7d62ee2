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

    /// Every raw line a node's text spans.
    public func rawLines(of node: MarkdownNode) -> [Int] {
        let start = node.range.start.line
        // cmark ends some blocks at column 0 of the next line: that line is not part of it.
        let end = node.range.end.column == 0 ? node.range.end.line - 1 : node.range.end.line
        guard end >= start else { return [note.lineMap.rawLine(forNormalized: start)] }
        return (start...end).map { note.lineMap.rawLine(forNormalized: $0) }
    }
}
