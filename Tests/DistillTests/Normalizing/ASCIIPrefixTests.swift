import Testing

@testable import Distill

/// The byte-level prefix test gives `hasPrefix`'s answer, for text with marks, CR LF and
/// characters equal to ASCII ones (the Kelvin sign is `K`, the Greek question mark `;`).
@Suite struct ASCIIPrefixTests {
    /// The three characters beyond ASCII that Swift counts as equal to an ASCII one, which the
    /// byte reading hands to `hasPrefix`.
    @Test func onlyThreeCharactersEqualAnASCIIOne() {
        // Characters hash as they compare, canonical equivalents alike.
        let ascii = Dictionary(uniqueKeysWithValues: (0..<128).map { (Character(Unicode.Scalar(UInt8($0))), UInt8($0)) })
        var equal: [UInt8] = []
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), let byte = ascii[Character(scalar)] else { continue }
            equal.append(byte)
        }
        #expect(equal.sorted() == [0x3B, 0x4B, 0x60])
    }

    @Test func agreesWithHasPrefix() {
        let pieces = ["#", "<", "!", "-", "<!--", "`", "K", "\u{212A}", ";", "\u{037E}", "\u{1FEF}", "\u{301}", "\r", "\n", "\r\n", "a", " ", "→", "|", "~"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            for (prefix, string) in [("#", "#" as StaticString), ("<!--", "<!--"), ("```", "```"), ("K;", "K;"), ("`", "`"), ("\r", "\r"), ("a\r", "a\r"), ("", "")] {
                #expect(text.hasASCIIPrefix(string) == text.hasPrefix(prefix), "\(text.debugDescription) \(prefix.debugDescription)")
                #expect(text[...].hasASCIIPrefix(string) == text[...].hasPrefix(prefix), "\(text.debugDescription) \(prefix.debugDescription)")
            }
        }
    }
}
