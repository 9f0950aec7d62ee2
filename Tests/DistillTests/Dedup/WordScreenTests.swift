import Testing

@testable import Distill

@Suite struct WordScreenTests {
    @Test func neverTurnsAwayAWordOfTheSet() {
        let words = ["a", "of", "via", "another", "café", "", String(repeating: "x", count: 70), "naïve"]
        let screen = WordScreen(words)
        for word in words { #expect(screen.mayContain(word), "\(word.debugDescription)") }
    }

    @Test func turnsAwayWordsNoWordOfTheSetCouldBe() {
        let screen = WordScreen(["the", "and"])
        // Another length, first byte or last byte than any word of the set.
        for word in ["th", "thee", "xhe", "thx", "", "hnd"] { #expect(!screen.mayContain(word), "\(word.debugDescription)") }
        // A first byte, a last byte and a length some words of the set have pass, even from
        // different words (`ane`: `and`'s first, `the`'s last).
        #expect(screen.mayContain("tnd") && screen.mayContain("ane"))
    }

    @Test func stopWordsAnswerAsTheirSetDoes() {
        let others = ["", "x", "thee", "lambda", "bucket", "ano", "another1", "é", "Of", "ofs", "per-second", "anothers"]
        for word in Array(StopWords.english) + others {
            #expect(StopWords.contains(word) == StopWords.english.contains(word), "\(word.debugDescription)")
        }
    }

    @Test func theGlossaryFindsEachAcronymPastItsScreen() {
        let glossary = AcronymGlossary(expansions: ["eni": ["elastic", "network", "interface"], "s3": ["simple", "storage", "service"]])
        #expect(glossary["eni"] == ["elastic", "network", "interface"])
        #expect(glossary["s3"] == ["simple", "storage", "service"])
        #expect(glossary["ena"] == nil && glossary["en"] == nil && glossary["lambda"] == nil)
    }
}
