/// Scores how well a fact is written, to pick the wording a merged fact shows.
enum WordingQuality {
    /// Higher is better: says more (content words count most), starts with a capital, ends
    /// like a sentence, has few stray symbols.
    static func score(_ text: String) -> Int {
        score(text, folded: FoldedText(text))
    }

    /// The score of `text`, folded already as `folded`.
    static func score(_ text: String, folded: FoldedText) -> Int {
        var score = 4 * folded.words.filter { !StopWords.english.contains($0) }.count
        if text.first?.isUppercase == true { score += 2 }
        if let last = text.last, ".!?)".contains(last) { score += 1 }
        let symbols = text.unicodeScalars.filter { !$0.isASCII && !$0.properties.isAlphabetic }.count
        score -= symbols
        return score
    }
}
