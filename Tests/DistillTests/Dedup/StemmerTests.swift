import Testing

@testable import Distill

@Suite struct StemmerTests {
    /// The plural rules read on characters: `ies` becomes `y` in words of five characters or
    /// more, and a final `s` goes from words of four or more unless it doubles.
    private static func byCharacters(_ word: String) -> String {
        if word.count > 4, word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") { return String(word.dropLast()) }
        return word
    }

    @Test(arguments: [
        ("messages", "message"), ("policies", "policy"), ("ties", "tie"), ("class", "class"), ("bus", "bus"),
        ("gas", "gas"), ("logs", "log"), ("s3", "s3"), ("aws", "aws"), ("cafés", "café"), ("séries", "séry"),
    ])
    func pluralsLoseTheirEnding(_ word: String, _ stem: String) {
        #expect(Stemmer.stem(word) == stem)
    }

    /// Read on bytes where the word is ASCII, the stems are the ones the characters give, for
    /// words with marks, `s` written with a combining mark and other scripts too.
    @Test func stemsAreTheCharacterRulesStems() {
        let pieces = ["s", "s", "ie", "i", "e", "a", "ss", "é", "s\u{301}", "ß", "日", "y", "S"]
        var generator = SplitMix64(state: 31)
        for _ in 0..<5000 {
            let word = (0..<Int.random(in: 0...7, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(Stemmer.stem(word) == Self.byCharacters(word), "\(word.debugDescription)")
        }
    }
}
