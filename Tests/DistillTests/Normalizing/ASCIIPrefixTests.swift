import Testing

@testable import Distill

/// The byte-level prefix test gives `hasPrefix`'s answer, for text with marks, CR LF and
/// characters equal to ASCII ones (the Kelvin sign is `K`, the Greek question mark `;`).
@Suite struct ASCIIPrefixTests {
    @Test func agreesWithHasPrefix() {
        let pieces = ["#", "<", "!", "-", "<!--", "`", "K", "\u{212A}", ";", "\u{037E}", "\u{1FEF}", "\u{301}", "\r", "\n", "\r\n", "a", " ", "→", "|", "~"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            for (prefix, string) in [("#", "#" as StaticString), ("<!--", "<!--"), ("```", "```"), ("K;", "K;"), ("\r", "\r"), ("a\r", "a\r"), ("", "")] {
                #expect(text.hasASCIIPrefix(string) == text.hasPrefix(prefix), "\(text.debugDescription) \(prefix.debugDescription)")
                #expect(text[...].hasASCIIPrefix(string) == text[...].hasPrefix(prefix), "\(text.debugDescription) \(prefix.debugDescription)")
            }
        }
    }
}
