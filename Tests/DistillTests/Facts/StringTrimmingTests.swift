import Foundation
import Testing
@testable import Distill

struct StringTrimmingTests {
    @Test func everyScalarIsWhiteSpaceExactlyWhenFoundationsSetHoldsIt() {
        let set = CharacterSet.whitespacesAndNewlines
        var differing: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if scalar.isWhitespaceOrNewline != set.contains(scalar) { differing.append(String(value, radix: 16)) }
        }
        #expect(differing.isEmpty, "\(differing)")
    }

    @Test func trimmingMatchesFoundationsTrimming() {
        let samples = [
            "", " ", "plain", "  both ends \t\n", "\u{A0}no-break\u{3000}", "\u{200B}zero width\u{200B}", " e\u{301} ",
            " \u{301}mark after a space", "\r\n\r\n", "inner   spaces stay", "日本語 ", "\u{2028}line separator\u{2029}",
        ]
        for text in samples {
            let expected = text.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(text.trimmingWhitespaceAndNewlines == expected, "\(text.debugDescription)")
            #expect(text.hasScalarBesidesWhitespace == !expected.isEmpty, "\(text.debugDescription)")
        }
    }
}
