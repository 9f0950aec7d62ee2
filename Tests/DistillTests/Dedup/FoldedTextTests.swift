import Foundation
import Testing

@testable import Distill

@Suite struct FoldedTextTests {
    @Test(arguments: [
        ("5TB", ["5", "tb"]),
        ("1,000 requests", ["1000", "requests"]),
        ("99.99% available.", ["99.99", "available"]),
        ("Don't use root!", ["dont", "use", "root"]),
        ("→ **Bold** _text_", ["bold", "text"]),
        ("Ärger über Öl", ["arger", "uber", "ol"]),
    ])
    func words(_ text: String, _ expected: [String]) {
        #expect(FoldedText(text).words == expected)
    }

    @Test func shapeBlanksNumbersAndStanceDropsNegation() {
        #expect(FoldedText("limit is 10 GB").shape == FoldedText("limit is 3008 MB").shape.replacingOccurrences(of: "mb", with: "gb"))
        #expect(FoldedText("cannot be changed").stance == FoldedText("can be changed").stance)
        #expect(FoldedText("cannot be changed").negations == 1)
    }

    @Test func negatorTestAgreesWithTheNegatorList() {
        for word in FoldedText.negators { #expect(FoldedText.isNegator(word), "\(word)") }
        for word in ["", "n", "nott", "note", "know", "cannon", "shouldn", "ńo", "never1", "a", "is", "wonts", "doesn"] {
            #expect(FoldedText.isNegator(word) == FoldedText.negators.contains(word), "\(word)")
        }
    }

    @Test func noOfIsANumberNotADenial() {
        let folded = FoldedText("Caching reduces the no of calls")
        #expect(folded.negations == 0)
        #expect(folded.key == FoldedText("Caching reduces the number of calls").key)
        #expect(FoldedText("There is no cost").negations == 1)
    }

    /// ASCII text is folded on its bytes, its key written with its words; any other text goes
    /// the Unicode way. A trailing arrow, which folds to a space, sends ASCII text the Unicode
    /// way: both ways must give the same words, and the key must be the words joined.
    @Test func asciiTextFoldsAsTheUnicodeWayFoldsIt() {
        let pieces = ["a", "B", "no", "of", "5", "0", "12", ".", ",", "'", " ", "  ", "-", "\t", "TB", "x.", "3.", "..", "1,0"]
        var generator = SplitMix64(state: 7)
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let folded = FoldedText(text)
            let unicode = FoldedText(text + " →")
            #expect(folded.words == unicode.words, "\(text.debugDescription)")
            #expect(folded.key == unicode.key && folded.key == folded.words.joined(separator: " "), "\(text.debugDescription)")
        }
    }

    /// Text beyond ASCII is decomposed run by run, its ASCII left as it is: the scalars must
    /// be those of decomposing the whole text, marks after an ASCII letter, ligatures, Hangul,
    /// full-width forms and runs of marks to reorder included.
    @Test func decomposingRunByRunIsDecomposingTheWhole() {
        let pieces = ["a", "e", " ", "5", "\u{301}", "\u{323}\u{301}", "\u{301}\u{323}", "ﬁ", "é", "Å", "→", "ｆｕｌｌ", "한국", "①", "㎒", "’", "İ", "ß", "\u{200D}", "Ω"]
        var generator = SplitMix64(state: 19)
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            var runs: [Unicode.Scalar] = []
            FoldedText.forEachDecomposedScalar(of: text) { runs.append($0) }
            #expect(runs == Array(text.decomposedStringWithCompatibilityMapping.unicodeScalars), "\(text.debugDescription)")
        }
    }

    /// The key made alone is the key of the whole fold, for ASCII text (with and without
    /// `no of`) and for any other.
    @Test func keyAloneIsTheFoldsKey() {
        let pieces = ["a", "B", "no", "of", "5", "0", "12", ".", ",", "'", " ", "  ", "-", "\t", "TB", "x.", "3.", "..", "1,0", "é", "→"]
        var generator = SplitMix64(state: 11)
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(FoldedText.key(of: text) == FoldedText(text).key, "\(text.debugDescription)")
        }
        #expect(FoldedText.key(of: "Caching reduces the no of calls") == "caching reduces the number of calls")
        #expect(FoldedText.key(of: "Piano of 5TB.") == "piano of 5 tb")
    }
}
