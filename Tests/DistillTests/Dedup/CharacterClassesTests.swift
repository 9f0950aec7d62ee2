import Testing

@testable import Distill

/// The character tests read an ASCII character by its byte; these check them against
/// Unicode's properties for every ASCII character, CR LF and characters beyond ASCII.
@Suite struct CharacterClassesTests {
    static let characters: [Character] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }
        + ["\r\n", "é", "e\u{301}", "\u{00A0}", "\u{2003}", "\u{3000}", "\u{85}", "Ж", "٣", "²", "日", "👩‍💻", "•", "–"]

    @Test func byteReadingsAreUnicodesProperties() {
        for character in Self.characters {
            #expect(character.isWhitespaceByByte == character.isWhitespace, "\(character.debugDescription)")
            #expect(character.isLetterByByte == character.isLetter, "\(character.debugDescription)")
            #expect(character.isNumberByByte == character.isNumber, "\(character.debugDescription)")
        }
    }

    @Test func acronymWordCharactersAreLettersNumbersAndAmpersand() {
        for character in Self.characters {
            let expected = character.isLetter || character.isNumber || character == "&"
            #expect(AcronymGlossary.isWordCharacter(character) == expected, "\(character.debugDescription)")
        }
    }

    @Test(arguments: ["ENI", "SQS", "AB", "ABCDEF", "ABCDEFG", "A", "EC2", "Ab", "AND", "NOT", "ÉTÉ", "ΑΒΓ", "ÅB", "日本"])
    func acronymShapeMatchesTheCharacterReading(_ word: String) {
        let expected = (2...6).contains(word.count) && word.allSatisfy { $0.isUppercase && $0.isLetter }
            && !StopWords.english.contains(word.lowercased()) && !FoldedText.negators.contains(word.lowercased())
        #expect(AcronymGlossary.looksLikeAcronym(word) == expected)
    }
}
