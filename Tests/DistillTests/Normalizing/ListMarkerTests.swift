import Testing

@testable import Distill

/// List markers read on bytes for the usual item, and scalar by scalar for the rest: both
/// readings must split a line the same way.
@Suite struct ListMarkerTests {
    struct Case: Sendable, CustomStringConvertible {
        var line: String
        var markdown: Bool
        /// nil when the line is no list item.
        var kind: ListMarker.Kind?
        var text: String = ""
        var nests = false
        var isGlyph = false

        var description: String { "\(markdown ? "markdown" : "plain"): \(line.debugDescription)" }
    }

    @Test(arguments: [
        Case(line: "- Text", markdown: true, kind: .bullet, text: "Text"),
        Case(line: "*   spaced out", markdown: true, kind: .bullet, text: "spaced out"),
        Case(line: "+\ttabbed", markdown: false, kind: .bullet, text: "tabbed"),
        Case(line: "12. Twelfth", markdown: true, kind: .ordered(12), text: "Twelfth"),
        Case(line: "3) Third", markdown: false, kind: .ordered(3), text: "Third"),
        Case(line: "1234. Long", markdown: true, kind: .ordered(1234), text: "Long"),
        Case(line: "1234. Long", markdown: false, kind: nil),
        Case(line: "-text", markdown: true, kind: nil),
        Case(line: "1.5 GB", markdown: true, kind: nil),
        Case(line: "-", markdown: true, kind: .bullet, text: ""),
        Case(line: "- ", markdown: true, kind: .bullet, text: ""),
        Case(line: "- - nested dash", markdown: true, kind: .bullet, text: "nested dash"),
        Case(line: "- ↳ sub point", markdown: false, kind: .bullet, text: "sub point", nests: true),
        Case(line: "- → arrow", markdown: true, kind: .bullet, text: "arrow"),
        Case(line: "• bullet", markdown: true, kind: .bullet, text: "bullet", isGlyph: true),
        Case(line: "- é accented", markdown: true, kind: .bullet, text: "é accented"),
        // A space that carries a combining mark is no plain space: it stays with the text.
        Case(line: "- \u{301}x", markdown: true, kind: .bullet, text: " \u{301}x"),
        Case(line: "a. letter", markdown: false, kind: .bullet, text: "letter"),
        Case(line: "iv) roman", markdown: false, kind: .bullet, text: "roman"),
        Case(line: "a.  spaced", markdown: false, kind: .bullet, text: "spaced"),
        Case(line: "a. letter", markdown: true, kind: nil),
        Case(line: "ab. two letters", markdown: false, kind: nil),
        Case(line: "abcdef. six letters", markdown: false, kind: nil),
        Case(line: "a.no space", markdown: false, kind: nil),
        Case(line: "e.g. an example", markdown: false, kind: nil),
        Case(line: "Plain text", markdown: false, kind: nil),
        Case(line: "> quoted", markdown: false, kind: nil),
        Case(line: "# Heading", markdown: true, kind: nil),
        Case(line: "→ arrow", markdown: false, kind: .bullet, text: "arrow", isGlyph: true),
        Case(line: "↳ sub", markdown: false, kind: .bullet, text: "sub", nests: true, isGlyph: true),
        Case(line: "② second", markdown: false, kind: .ordered(2), text: "second", isGlyph: true),
        Case(line: "• plain bullet", markdown: false, kind: .bullet, text: "plain bullet", isGlyph: true),
        Case(line: "•\tafter a tab", markdown: true, kind: .bullet, text: "after a tab", isGlyph: true),
        Case(line: "•no space", markdown: false, kind: .bullet, text: "no space", isGlyph: true),
        Case(line: "• → arrow after", markdown: false, kind: .bullet, text: "arrow after", isGlyph: true),
        Case(line: "• ↳ nested after", markdown: false, kind: .bullet, text: "nested after", nests: true, isGlyph: true),
        Case(line: "• - dash after", markdown: true, kind: .bullet, text: "dash after", isGlyph: true),
        Case(line: "• é accented", markdown: true, kind: .bullet, text: "é accented", isGlyph: true),
        Case(line: "→ arrow", markdown: true, kind: nil),
        Case(line: "↳ sub", markdown: true, kind: nil),
        Case(line: "→\u{301} marked", markdown: false, kind: .bullet, text: "\u{301} marked", isGlyph: true),
        Case(line: "• \u{301}x", markdown: true, kind: .bullet, text: " \u{301}x", isGlyph: true),
    ])
    func splitsMarkerFromText(_ example: Case) {
        let parsed = ListMarker.parse(example.line, markdown: example.markdown)
        #expect(parsed?.marker.kind == example.kind)
        guard let parsed, example.kind != nil else { return }
        #expect(String(parsed.text) == example.text)
        #expect(parsed.marker.nestsUnderPrevious == example.nests)
        #expect(parsed.marker.isGlyph == example.isGlyph)
    }

    @Test func pageNumberScreenPassesEveryPageNumberShape() {
        for line in ["12", "Page 3", "PAGE 3 OF 10", "page 3/10", "- 4 -", "— 12 —", "–7–"] {
            #expect(NoiseScanner.mayBePageNumber(line), "\(line)")
        }
        for line in ["", "Page", "Pages 3", "3 GB", "Step 1", "１２", "12\t3"] {
            #expect(!NoiseScanner.mayBePageNumber(line), "\(line)")
        }
    }
}
