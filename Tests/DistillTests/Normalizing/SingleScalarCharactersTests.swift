import Testing

@testable import Distill

/// Text whose scalars cannot join reads the same scalar by scalar as character by character.
@Suite struct SingleScalarCharactersTests {
    /// Every scalar the screen lets through stands alone beside ASCII and beside itself: a
    /// scalar of any joining class (extender, spacing mark, prepended, Hangul, regional
    /// indicator) would join one of them. Two different scalars that pass cannot join either,
    /// as every rule that joins scalars needs one of those classes.
    @Test func scalarsThatPassStandAlone() {
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), !scalar.mayJoinNeighbour else { continue }
            let alone = String(scalar)
            #expect(("x" + alone + "y").count == 3 && (alone + alone).count == 2, "U+\(String(value, radix: 16))")
        }
        #expect(!"a\r\nb".hasSingleScalarCharacters)
        #expect(!"e\u{301}".hasSingleScalarCharacters)
        #expect("Lambda → S3 • “quoted” 5 €".hasSingleScalarCharacters)
    }

    /// A character of one scalar answers as its scalar's properties do, which the scalar
    /// readings use instead of making the character.
    @Test func aCharacterOfOneScalarHasItsScalarsProperties() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = Character(scalar)
            #expect(character.isWhitespaceByByte == (scalar.isASCII ? UInt8(value).isASCIIWhitespace : scalar.properties.isWhitespace), "U+\(String(value, radix: 16))")
            #expect(AcronymGlossary.isWordCharacter(character) == AcronymGlossary.isWordScalar(scalar), "U+\(String(value, radix: 16))")
        }
    }

    @Test func findingBytesFindsWhereCharactersDo() {
        let pieces = ["(", ")", "a", " ", "(\u{301}", "\u{0600}(", "→", "é", "\r\n", "x(y)z", "<", ">", ">\u{301}", "&lt;", "<i>"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(text.firstIndex(ofASCII: 0x28) == text.firstIndex(of: "("), "\(text.debugDescription)")
            #expect(text.dropFirst().firstIndex(ofASCII: 0x29) == text.dropFirst().firstIndex(of: ")"), "\(text.debugDescription)")
            let html = "<b>" + text + "</b>"
            #expect(HTMLText.plain(html) == HTMLText.decodingEntities(HTMLText.plainCharacters(html)), "\(text.debugDescription)")
        }
    }

    @Test func splittingScalarsCutsWhereCharactersDo() {
        let pieces = ["a", "B", " ", "  ", "\t", "\n", "\r\n", "→", "\u{A0}", "\u{2003}", "é", "e\u{301}", " \u{301}", "🇩🇪", "한", "x.y", "\u{200D}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(text.splitAtWhitespace() == text.split(whereSeparator: \.isWhitespaceByByte), "\(text.debugDescription)")
            #expect(text.dropFirst().splitAtWhitespace() == text.dropFirst().split(whereSeparator: \.isWhitespaceByByte), "\(text.debugDescription)")
        }
    }
}
