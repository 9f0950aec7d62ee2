import Testing

@testable import Distill

@Suite struct MarkerWidthTests {
    /// A list item's marker width, counted on the marker alone where the cut is sure to be a
    /// character boundary, is the line's characters less the text's: markers and texts with
    /// marks, bullets, emoji, flags and prepended letters on either side of the cut.
    @Test func markerWidthIsTheLineLessTheText() {
        let markers = ["- ", "• ", "1. ", "→ ", "a) ", "-", "①", "🇩🇪 ", "\u{0600}", " \u{301}"]
        let texts = ["text", "é", "\u{301}x", "🇩🇪🇫🇷", "日本", " lead", "x\u{301}", "\u{0600}a", "a"]
        for marker in markers {
            for text in texts {
                for tail in ["", " more é", "\u{301}"] {
                    let content = marker + text + tail
                    let scalars = content.unicodeScalars
                    let rest = content[scalars.index(scalars.startIndex, offsetBy: marker.unicodeScalars.count)...]
                    #expect(BlockParser.markerWidth(content, text: rest) == content.count - rest.count, "\(content.debugDescription)")
                }
            }
        }
    }
}
