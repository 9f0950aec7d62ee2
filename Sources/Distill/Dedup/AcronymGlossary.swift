/// Acronyms the notes define, with the words they stand for: `Elastic Network Interface
/// (ENI)` or `SNI – Server Name Indication` teaches that `ENI` and `SNI` elsewhere mean those
/// words, so a fact that uses the acronym meets one that spells it out.
///
/// An acronym is a word of two to six capitals, in brackets after words whose initials it
/// spells (small words such as `and` or `of` may be skipped), or followed by such words in
/// brackets or after `–`, `:` or `=`. An acronym defined two different ways is left alone.
struct AcronymGlossary: Sendable {
    /// Folded acronym → its folded words.
    let expansions: [String: [String]]

    init(expansions: [String: [String]] = [:]) {
        self.expansions = expansions
    }

    /// Learns from the facts' texts as written (capitals tell acronyms from words).
    init(learningFrom texts: [String]) {
        var learned: [String: [String]] = [:]
        var found: [String: Set<[String]>] = [:]
        for text in texts where text.contains(where: \.isUppercase) {
            let words = Self.words(of: text)
            for (index, (word, gap)) in words.enumerated() where Self.looksLikeAcronym(word) {
                let letters = Array(word.lowercased())
                var expansion: [String]?
                // `Words (ACR)`
                if gap.contains("(") {
                    let before = words[..<index].reversed().map { $0.word.lowercased() }
                    expansion = Self.run(spelling: letters.reversed(), in: before).map { Array($0.reversed()) }
                }
                // `ACR (Words)`, `ACR – Words`, `ACR: Words`, `ACR = Words`
                if expansion == nil, index + 1 < words.count, words[index + 1].gap.contains(where: { "(-–—=:".contains($0) }) {
                    expansion = Self.run(spelling: letters, in: words[(index + 1)...].map { $0.word.lowercased() })
                }
                if let expansion {
                    found[FoldedText(word).key, default: []].insert(expansion.flatMap { FoldedText($0).words })
                }
            }
        }
        for (acronym, candidates) in found where candidates.count == 1 {
            learned[acronym] = candidates.first
        }
        self.init(expansions: learned)
    }

    subscript(_ folded: String) -> [String]? { expansions[folded] }

    private static let skippable: Set<String> = ["and", "of", "for", "the", "to", "in", "on", "a", "an", "&"]

    /// The words from the start of `words` whose initials spell `letters` in order, small
    /// words skipped between them; nil when they do not.
    private static func run(spelling letters: [Character], in words: [String]) -> [String]? {
        var taken: [String] = []
        var next = 0
        for word in words {
            guard next < letters.count, let first = word.first, word.allSatisfy(\.isLetter) else { break }
            if first == letters[next] {
                taken.append(word)
                next += 1
            } else if skippable.contains(word), !taken.isEmpty {
                taken.append(word)
            } else {
                break
            }
        }
        guard next == letters.count, taken.count >= 2 else { return nil }
        return taken
    }

    private static func looksLikeAcronym(_ word: String) -> Bool {
        (2...6).contains(word.count) && word.allSatisfy { $0.isUppercase && $0.isLetter }
            && !StopWords.english.contains(word.lowercased()) && !FoldedText.negators.contains(word.lowercased())
    }

    /// The words of `text`, each with the characters between it and the word before.
    private static func words(of text: String) -> [(word: String, gap: Substring)] {
        var out: [(word: String, gap: Substring)] = []
        var index = text.startIndex
        while index < text.endIndex {
            let gapStart = index
            while index < text.endIndex, !isWordCharacter(text[index]) { index = text.index(after: index) }
            let wordStart = index
            while index < text.endIndex, isWordCharacter(text[index]) { index = text.index(after: index) }
            if wordStart < index { out.append((String(text[wordStart..<index]), text[gapStart..<wordStart])) }
        }
        return out
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "&"
    }
}
