import Testing

@testable import Distill

/// Wording scores are worked out on bytes for ASCII text: the same scores as character by
/// character, which any text still gets.
@Suite struct WordingQualityTests {
    private static func characterScore(_ text: String) -> Int {
        let folded = FoldedText(text)
        var score = 4 * folded.words.filter { !StopWords.english.contains($0) }.count
        if text.first?.isUppercase == true { score += 2 }
        if let last = text.last, ".!?)".contains(last) { score += 1 }
        score -= text.unicodeScalars.filter { !$0.isASCII && !$0.properties.isAlphabetic }.count
        return score
    }

    @Test(arguments: [
        "Buckets hold objects.", "buckets hold objects", "Why? Because!", "(see above)", "", "A", "\r\nLeading break",
        "Ends with a break\r\n", "Café au lait → coffee", "→ arrow first", "Élan vital.", "“Quoted” text!", "x ✓ done",
    ])
    func bytesScoreAsCharactersDo(_ text: String) {
        #expect(WordingQuality.score(text) == Self.characterScore(text))
    }

    @Test func aBetterWrittenFactScoresHigher() {
        #expect(WordingQuality.score("Versioning keeps every version of an object.") > WordingQuality.score("versioning -> keeps versions"))
    }
}
