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
        var column = 0
        var start = raw.unicodeScalars.startIndex
        let scalars = raw.unicodeScalars
        while start < scalars.endIndex {
            let scalar = scalars[start]
            if scalar == " " || scalar == "\u{A0}" || scalar == "\u{3000}" {
                column += 1
            } else if scalar == "\t" {
                column += 4 - column % 4
            } else if scalar == "\u{B}" || scalar == "\u{C}" || scalar == "\r" || scalar == "\u{FEFF}" {
                // Vertical tabs, form feeds and stray BOMs take no room.
            } else {
                break
            }
            start = scalars.index(after: start)
        }
        indent = column
        var end = scalars.endIndex
        var trailingSpaces = 0
        while end > start {
            let before = scalars.index(before: end)
            let scalar = scalars[before]
            guard SourceLine.isSpace(scalar) else { break }
            if scalar == " " { trailingSpaces += 1 }
            end = before
        }
        hardBreak = trailingSpaces >= 2 && end > start
        content = SourceLine.removingControls(String(scalars[start..<end]))
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\u{A0}", "\u{B}", "\u{C}", "\r", "\u{3000}", "\u{FEFF}", "\u{200B}": true
        default: false
        }
    }

    /// Control characters would reach the markdown and the HTML verbatim; tabs survive for tables.
    private static func removingControls(_ text: String) -> String {
        guard text.utf8.contains(where: { ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F }) else { return text }
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
