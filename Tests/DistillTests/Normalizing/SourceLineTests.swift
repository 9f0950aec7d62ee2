import Testing

@testable import Distill

/// A raw line's indent, text and hard break are read on bytes; they must be what reading it
/// scalar by scalar gives, white space beyond ASCII included.
@Suite struct SourceLineTests {
    @Test(arguments: [
        "plain", "  two spaces", "\tone tab", " \t mixed", "trailing  ", "trailing \t ", "   ", "", "\u{A0}\u{A0}nbsp indent",
        "\u{3000}ideographic", "\u{FEFF}bom first", "text\u{A0}", "text\u{200B}", "text \u{3000}", "text\u{FEFF}  ",
        "• bullet", "  → arrow  ", "café", "ends é", "é", "\u{200B}zero width first", "x\u{B}\u{C}\r", "\u{B}\u{C}\rx",
        "tab\ttable\tcells\t", "a\u{1}control", "\u{A0}", "  \u{A0}  ", "ends with \u{2009}thin", "ends\u{2009}",
    ])
    func bytesReadTheLineAsScalarsDo(_ raw: String) {
        let line = SourceLine(number: 1, raw: Substring(raw))
        let expected = Self.scalarBounds(Substring(raw))
        #expect(line.indent == expected.indent)
        #expect(line.content == expected.content)
        #expect(line.hardBreak == expected.hardBreak)
    }

    /// Every white space scalar Unicode has, and the invisible ones notes carry, at either end.
    @Test func everyKindOfWhiteSpaceIsReadAsScalarsReadIt() {
        let scalars: [UInt32] = [0x09, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x200B, 0x200C, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF]
            + Array(0x2000...0x200A)
        for value in scalars {
            let space = String(Unicode.Scalar(value)!)
            for raw in [space + "x", "x" + space, space + space + "x" + space + space, "  x" + space + "  "] {
                let line = SourceLine(number: 1, raw: Substring(raw))
                let expected = Self.scalarBounds(Substring(raw))
                #expect(line.indent == expected.indent, "U+\(String(value, radix: 16))")
                #expect(line.content == expected.content, "U+\(String(value, radix: 16))")
                #expect(line.hardBreak == expected.hardBreak, "U+\(String(value, radix: 16))")
            }
        }
    }

    /// The line read scalar by scalar, as white space is defined: what the bytes must give.
    private static func scalarBounds(_ raw: Substring) -> (indent: Int, content: String, hardBreak: Bool) {
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
        let indent = column
        var end = scalars.endIndex
        var trailingSpaces = 0
        while end > start {
            let before = scalars.index(before: end)
            let scalar = scalars[before]
            guard SourceLine.isSpace(scalar) else { break }
            if scalar == " " { trailingSpaces += 1 }
            end = before
        }
        let hardBreak = trailingSpaces >= 2 && end > start
        return (indent, removingControls(String(scalars[start..<end])), hardBreak)
    }

    /// Control characters but tab removed, as `SourceLine` removes them.
    private static func removingControls(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !($0.value < 0x20 && $0 != "\t") && $0.value != 0x7F }))
    }
}
