/// A line of output text with the raw line it came from.
struct MappedText: Sendable, Equatable {
    var text: String
    var line: Int
}

/// How a heading's level is decided, before levels are made relative to the file.
enum HeadingRank: Sendable, Equatable {
    /// `##` or a setext underline: the level the author wrote.
    case explicit(Int)
    /// A plain title line: the file's top section level.
    case title
    /// A bold-only line or a lone bulleted title: one level under the section it sits in.
    case sub
}

/// The blocks a note is made of, in the shape the writer needs to print canonical markdown.
enum NoteBlock: Sendable, Equatable {
    case heading(HeadingRank, MappedText)
    /// A list item: its depth, marker and lines (the first, then soft continuations).
    case item(depth: Int, marker: ListMarker.Kind, lines: [MappedText])
    /// A further paragraph inside the list item at `depth`, after a blank line.
    case itemParagraph(depth: Int, lines: [MappedText])
    case paragraph([MappedText])
    /// Lines printed as they are: block quotes.
    case verbatim([MappedText])
    /// A GFM pipe table; `depth` is the list item it belongs to, if any.
    case table(depth: Int?, rows: [MappedText])
    /// Fenced code; `depth` is the list item it belongs to, if any. Lines include the fences.
    case code(depth: Int?, lines: [MappedText])

    var isListPart: Bool {
        switch self {
        case .item, .itemParagraph: true
        case let .code(depth, _), let .table(depth, _): depth != nil
        default: false
        }
    }
}
