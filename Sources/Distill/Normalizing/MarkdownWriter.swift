/// Prints blocks as canonical markdown: ATX headings, `- ` bullets nested two spaces per
/// level (or under an ordered item's text), one blank line between blocks, and a map from
/// every printed line back to its raw line.
struct MarkdownWriter {
    private(set) var lines: [String] = []
    private(set) var lineMap = LineMap()

    /// Content column of the open list item at each depth.
    private var columns: [Int] = []
    /// Marker of the last item printed at each depth.
    private var kinds: [ListMarker.Kind] = []
    private var previous: NoteBlock?

    var markdown: String {
        lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    mutating func write(_ blocks: [NoteBlock]) {
        for block in blocks { write(block) }
    }

    private mutating func write(_ block: NoteBlock) {
        if !block.isListPart {
            columns.removeAll()
            kinds.removeAll()
        }
        let joinsList = block.isListPart && previous?.isListPart == true
        switch block {
        case let .heading(rank, title):
            guard case let .explicit(level) = rank else { preconditionFailure("heading ranks are resolved before writing") }
            blank()
            emit(String(repeating: "#", count: min(max(level, 1), 6)) + " " + title.text, title.line)
        case let .item(requestedDepth, kind, itemLines):
            let depth = min(requestedDepth, columns.count)
            let indent = depth == 0 ? 0 : columns[depth - 1]
            let startsList = depth >= kinds.count || !Self.sameListType(kinds[depth], kind)
            if !joinsList {
                blank()
            } else if case let .ordered(number) = kind, number != 1, startsList {
                // Only `1.` may interrupt a paragraph; another start number needs a blank line.
                blank()
            }
            let marker = Self.marker(kind)
            for (position, line) in itemLines.enumerated() {
                var text = ""
                text.reserveCapacity(indent + marker.utf8.count + line.text.utf8.count)
                text += String(repeating: " ", count: position == 0 ? indent : indent + marker.count)
                if position == 0 { text += marker }
                text += line.text
                emit(text, line.line)
            }
            // Cut back to this depth and push this item, in place.
            columns.removeSubrange(min(depth, columns.count)...)
            columns.append(indent + marker.count)
            kinds.removeSubrange(min(depth, kinds.count)...)
            kinds.append(kind)
        case let .itemParagraph(requestedDepth, paragraphLines):
            blank()
            let depth = min(requestedDepth, columns.count - 1)
            let indent = depth >= 0 ? String(repeating: " ", count: columns[depth]) : ""
            for line in paragraphLines { emit(indent + line.text, line.line) }
            if depth >= 0 {
                columns = Array(columns.prefix(depth + 1))
                kinds = Array(kinds.prefix(depth + 1))
            }
        case let .code(requestedDepth, codeLines):
            var indent = ""
            if let requestedDepth, !columns.isEmpty, joinsList {
                let depth = min(requestedDepth, columns.count - 1)
                indent = String(repeating: " ", count: columns[depth])
                columns = Array(columns.prefix(depth + 1))
                kinds = Array(kinds.prefix(depth + 1))
            } else {
                blank()
            }
            for line in codeLines { emit(line.text.isEmpty ? "" : indent + line.text, line.line) }
        case let .table(requestedDepth, rows):
            // A table needs a blank line above it; inside an item it sits at the item's text column.
            blank()
            var indent = ""
            if let requestedDepth, !columns.isEmpty, joinsList {
                let depth = min(requestedDepth, columns.count - 1)
                indent = String(repeating: " ", count: columns[depth])
                columns = Array(columns.prefix(depth + 1))
                kinds = Array(kinds.prefix(depth + 1))
            }
            for row in rows { emit(indent + row.text, row.line) }
        case let .paragraph(paragraphLines), let .verbatim(paragraphLines):
            blank()
            for line in paragraphLines { emit(line.text, line.line) }
        }
        previous = block
    }

    private static func marker(_ kind: ListMarker.Kind) -> String {
        switch kind {
        case .bullet: "- "
        case let .ordered(number): "\(number). "
        }
    }

    private static func sameListType(_ lhs: ListMarker.Kind, _ rhs: ListMarker.Kind) -> Bool {
        switch (lhs, rhs) {
        case (.bullet, .bullet), (.ordered, .ordered): true
        default: false
        }
    }

    private mutating func blank() {
        guard let last = lines.last, !last.isEmpty else { return }
        lines.append("")
        lineMap.append(raw: lineMap.rawLines.last ?? 1)
    }

    private mutating func emit(_ text: String, _ raw: Int) {
        lines.append(text)
        lineMap.append(raw: raw)
    }
}
