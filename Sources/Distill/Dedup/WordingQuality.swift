/// Scores how well a fact is written, to pick the wording a merged fact shows.
enum WordingQuality {
    /// Higher is better: says more (content words count most), starts with a capital, ends
    /// like a sentence, has few stray symbols.
    static func score(_ text: String) -> Int {
        score(text, folded: FoldedText(text))
    }

    /// The score of `text`, folded already as `folded`.
    static func score(_ text: String, folded: FoldedText) -> Int {
        var score = 4 * folded.words.reduce(0) { $0 + (StopWords.contains($1) ? 0 : 1) }
        if text.isAllASCII {
            // A character a byte (a final CR LF is one character, but ends like no sentence),
            // capitals A-Z, and no scalar beyond ASCII to count as a stray symbol.
            let bytes = text.utf8
            if let first = bytes.first, first.isASCIIUppercase { score += 2 }
            if let last = bytes.last, last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
                || last == UInt8(ascii: ")") { score += 1 }
            return score
        }
        if text.first?.isUppercase == true { score += 2 }
        if let last = text.last, ".!?)".contains(last) { score += 1 }
        for scalar in text.unicodeScalars where !scalar.isASCII && !scalar.properties.isAlphabetic { score -= 1 }
        return score
    }
}
