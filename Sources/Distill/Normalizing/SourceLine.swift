/// One raw line measured once: how far it is indented and what it says.
struct SourceLine: Sendable {
    /// 1-based line number in the raw file.
    let number: Int
    /// The raw line as loaded (trailing whitespace kept, for tab tables).
    let raw: Substring
    /// Leading whitespace width in columns; a tab advances to the next multiple of four.
    let indent: Int
    /// The text with leading and trailing whitespace and control characters removed.
    var content: String
    /// The raw line ends in two or more spaces, which markdown reads as a hard line break.
    let hardBreak: Bool

    var isBlank: Bool { content.isEmpty }

    init(number: Int, raw: Substring) {
        self.number = number
        self.raw = raw
        let bounds = Self.bounds(of: raw)
        indent = bounds.column
        hardBreak = bounds.trailingSpaces >= 2 && bounds.end > bounds.start
        content = SourceLine.removingControls(String(raw[bounds.start..<bounds.end]))
    }

    /// The line's indent, where its text starts and ends, and how many spaces end it. Leading
    /// white space is space, tab, VT, FF, CR, U+00A0, U+3000 and U+FEFF; trailing white space is
    /// `isSpace`. Each is ASCII or a scalar whose UTF-8 is matched whole, so the line is read on
    /// its bytes and gives what reading it scalar by scalar gives.
    private static func bounds(of raw: Substring) -> (column: Int, start: String.Index, end: String.Index, trailingSpaces: Int) {
        let bytes = raw.utf8
        var column = 0
        var start = bytes.startIndex
        leading: while start < bytes.endIndex {
            switch bytes[start] {
            case 0x20: column += 1
            case 0x09: column += 4 - column % 4
            case 0x0B, 0x0C, 0x0D: break
            case 0xC2 where bytes.starts(at: start, with: [0xC2, 0xA0]), 0xE3 where bytes.starts(at: start, with: [0xE3, 0x80, 0x80]):
                // U+00A0 and U+3000 take a column, as a space does.
                column += 1
                start = bytes.index(start, offsetBy: bytes[start] == 0xC2 ? 1 : 2)
            case 0xEF where bytes.starts(at: start, with: [0xEF, 0xBB, 0xBF]):
                // A stray byte order mark takes no room.
                start = bytes.index(start, offsetBy: 2)
            default: break leading
            }
            bytes.formIndex(after: &start)
        }
        var end = bytes.endIndex
        var trailingSpaces = 0
        trailing: while end > start {
            let before = bytes.index(before: end)
            switch bytes[before] {
            case 0x20:
                trailingSpaces += 1
                end = before
            case 0x09, 0x0B, 0x0C, 0x0D:
                end = before
            case 0x80...:
                // U+00A0, U+3000, U+FEFF and U+200B end with a byte beyond ASCII, as every
                // other scalar that is not ASCII does: only a whole match is white space.
                guard let trimmed = trailingSpaceScalar(bytes, before: end, notBefore: start) else { break trailing }
                end = trimmed
            default: break trailing
            }
        }
        return (column, start, end, trailingSpaces)
    }

    /// Where a U+00A0, U+3000, U+FEFF or U+200B that ends just before `end` starts, or nil.
    private static func trailingSpaceScalar(_ bytes: Substring.UTF8View, before end: String.Index, notBefore start: String.Index) -> String.Index? {
        for pattern in Self.trailingSpacePatterns {
            guard let begin = bytes.index(end, offsetBy: -pattern.count, limitedBy: start) else { continue }
            if bytes[begin..<end].elementsEqual(pattern) { return begin }
        }
        return nil
    }

    private static let trailingSpacePatterns: [[UInt8]] = [[0xC2, 0xA0], [0xE3, 0x80, 0x80], [0xEF, 0xBB, 0xBF], [0xE2, 0x80, 0x8B]]

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\u{A0}", "\u{B}", "\u{C}", "\r", "\u{3000}", "\u{FEFF}", "\u{200B}": true
        default: false
        }
    }

    /// Control characters would reach the markdown and the HTML verbatim; tabs survive for tables.
    private static func removingControls(_ text: String) -> String {
        guard text.containsByte(where: { ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F }) else { return text }
        var scalars = String()
        for scalar in text.unicodeScalars where !(scalar.value < 0x20 && scalar != "\t") && scalar.value != 0x7F {
            scalars.unicodeScalars.append(scalar)
        }
        return scalars
    }

    /// Whether a tab separates two pieces of text, as in a tab-separated table row.
    var hasInnerTab: Bool {
        guard raw.containsByte(0x09) else { return false }
        let inner = content.unicodeScalars
        return inner.contains("\t")
    }

    /// Whether the raw line begins with a tab (an empty first cell in a table row).
    var startsWithTab: Bool { raw.unicodeScalars.first == "\t" }
}

extension Substring.UTF8View {
    /// Whether the bytes from `index` on start with `pattern`.
    fileprivate func starts(at index: Index, with pattern: [UInt8]) -> Bool {
        var position = index
        for byte in pattern {
            guard position < endIndex, self[position] == byte else { return false }
            formIndex(after: &position)
        }
        return true
    }
}
