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
        let expected = SourceLine.scalarBounds(Substring(raw))
        #expect(line.indent == expected.indent)
        #expect(line.content == expected.content)
        #expect(line.hardBreak == expected.hardBreak)
    }
}
