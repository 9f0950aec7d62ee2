import Foundation

/// What the near-duplicate matcher compares of a fact: its content words (stemmed, common
/// words left out, quantities written in base units), the numbers it states, whether it is
/// negated, and which of its words are names.
struct FactSignature: Sendable {
    /// Content tokens; a number is a token such as `#15.0`, and a quantity adds its value in
    /// base units, `#s:900.0` for 15 minutes, so `15 minutes` meets `900 seconds`.
    let tokens: Set<String>
    /// Every number the text states, in base units where it has a unit, so `5 TB` and
    /// `5000 GB` are one quantity.
    let numbers: Set<String>
    /// Odd when the text negates (`not`, `never`, `cannot`, ...).
    let negated: Bool
    /// Tokens written as names in this text: capitalised inside a sentence, or with inner
    /// capitals or digits (`SQS`, `EC2`, `DynamoDB`).
    let writtenNames: Set<String>
    /// The text folded once, for the exact look-ups and messages that need it too.
    let folded: FoldedText

    /// `vocabulary` holds words the corpus writes as one (`geoproximity`): two adjacent words
    /// that spell one of them (`geo proximity`) count as that word.
    init(_ text: String, vocabulary: CompoundVocabulary = CompoundVocabulary(), spelling: [String: String] = [:], acronyms: AcronymGlossary = AcronymGlossary()) {
        self.init(text, folded: FoldedText(text), vocabulary: vocabulary, spelling: spelling, acronyms: acronyms)
    }

    /// A signature from a text already folded; `spelling` maps misspellings to the corpus's
    /// common spelling (see `SpellingVariants`).
    /// `acronyms` spells out the acronyms the notes define, so `ENI` meets `elastic network interface`.
    init(
        _ text: String, folded: FoldedText, vocabulary: CompoundVocabulary = CompoundVocabulary(), spelling: [String: String] = [:],
        acronyms: AcronymGlossary = AcronymGlossary()
    ) {
        self.folded = folded
        // A token per word at most: the set is made its size once, not grown word by word.
        var tokens = Set<String>(minimumCapacity: folded.words.count)
        var numbers = Set<String>()
        let spelled = Self.respelled(folded.words, spelling: spelling)
        var spelledOutNames = Set<String>()
        let words = Self.joiningCompounds(spelled, vocabulary: vocabulary)
        var index = 0
        while index < words.count {
            let word = words[index]
            if FoldedText.isNumber(word), let value = Double(word) {
                tokens.insert("#\(value)")
                if index + 1 < words.count, let (dimension, factor) = Units.table[words[index + 1]] {
                    let quantity = "#\(dimension):\(value * factor)"
                    tokens.insert(quantity)
                    numbers.insert(quantity)
                    index += 2
                    continue
                }
                numbers.insert("#\(value)")
            } else if Self.isAcronym(word, ofWordsBefore: words[..<index]) {
                // `Multi-Factor Authentication (MFA)` says nothing `multi factor authentication` does not.
            } else if let expansion = acronyms[word] {
                // Spelt out, unless the words follow (`SNI – Server Name Indication`). The words
                // stand for a name, and keep telling subjects apart as the acronym did.
                if !words[(index + 1)...].starts(with: expansion) {
                    for part in expansion where !StopWords.contains(part) {
                        tokens.insert(Stemmer.stem(part))
                        spelledOutNames.insert(Stemmer.stem(part))
                    }
                }
            } else if !StopWords.contains(word) && !FoldedText.isNegator(word) {
                tokens.insert(Stemmer.stem(word))
            }
            index += 1
        }
        self.tokens = tokens
        self.numbers = numbers
        self.negated = folded.negations % 2 == 1
        self.writtenNames = Self.names(in: text).union(spelledOutNames)
    }

    private static func isAcronym(_ word: String, ofWordsBefore before: ArraySlice<String>) -> Bool {
        let bytes = word.utf8
        guard before.count >= 2, bytes.count >= 2 else { return false }
        guard word.isAllASCII else { return isAcronymOfCharacters(word, ofWordsBefore: before) }
        // Its last letter must start the word before it, in either reading: most words are
        // told by that one byte.
        guard before.last?.utf8.first == WordEdges(word)?.last else { return false }
        // An ASCII word: one character a byte, and its letters are A-Z and a-z.
        let count = bytes.count
        guard count <= 6, before.count >= count, bytes.allSatisfy(\.isASCIILetter)
        else { return false }
        for (letter, other) in zip(bytes, before.suffix(count)) {
            let initials = other.utf8.prefix(2)
            // A non-ASCII byte after the first may join it into one character with it.
            if initials.count == 2 && initials.last! >= 0x80 { return isAcronymOfCharacters(word, ofWordsBefore: before) }
            if initials.first != letter { return false }
        }
        return true
    }

    /// `isAcronym` character by character, for any text.
    private static func isAcronymOfCharacters(_ word: String, ofWordsBefore before: ArraySlice<String>) -> Bool {
        guard (2...6).contains(word.count), before.count >= word.count, word.allSatisfy(\.isLetter) else { return false }
        return String(before.suffix(word.count).compactMap(\.first)) == word
    }

    /// The words with each misspelling the corpus corrects spelt right. Only words of
    /// `SpellingVariants.minimumLength` characters or more are corrected, and a character is at
    /// least a byte: shorter words are not looked up. The words are copied only when one changes.
    private static func respelled(_ words: [String], spelling: [String: String]) -> [String] {
        guard !spelling.isEmpty else { return words }
        var out: [String]?
        for (index, word) in words.enumerated() {
            guard word.utf8.count >= SpellingVariants.minimumLength, let right = spelling[word] else { continue }
            if out == nil { out = words }
            out![index] = right
        }
        return out ?? words
    }

    /// The words with each adjacent pair that spells a word of the vocabulary joined into it.
    /// Most texts join none: their words are copied only from the first pair joined.
    private static func joiningCompounds(_ words: [String], vocabulary: CompoundVocabulary) -> [String] {
        guard !vocabulary.isEmpty, words.count > 1 else { return words }
        var out: [String]?
        var index = 0
        while index < words.count {
            // The vocabulary's words have `compoundLength` characters or more, and a character
            // is at least a byte: two words of fewer bytes together spell none of them.
            if index + 1 < words.count, words[index].utf8.count + words[index + 1].utf8.count >= compoundLength,
               !FoldedText.isNumber(words[index]), !FoldedText.isNumber(words[index + 1]),
               vocabulary.contains(joining: words[index], words[index + 1]) {
                if out == nil {
                    out = Array(words[..<index])
                    out!.reserveCapacity(words.count - 1)
                }
                out!.append(words[index] + words[index + 1])
                index += 2
            } else {
                out?.append(words[index])
                index += 1
            }
        }
        return out ?? words
    }

    /// The fewest characters of a word in the compound vocabulary.
    private static let compoundLength = 7

    /// Words long enough to be written as one or as two (`multipart`, `geoproximity`).
    static func compoundVocabulary(_ texts: [String]) -> CompoundVocabulary {
        compoundVocabulary(texts.map(FoldedText.init))
    }

    static func compoundVocabulary(_ folded: [FoldedText]) -> CompoundVocabulary {
        var vocabulary = Set<String>()
        for text in folded {
            for word in text.words where word.utf8.count >= compoundLength && word.count >= compoundLength && !FoldedText.isNumber(word) {
                vocabulary.insert(word)
            }
        }
        return CompoundVocabulary(vocabulary)
    }

    private static let wordEdges = CharacterSet.punctuationCharacters.union(.symbols)

    /// A word that ends with one of these ends a sentence, or starts a list, for `names(in:)`.
    private static let sentenceEnds: [Character] = [".", "!", "?", ":", ";", "•", "→", "–", "-", "("]
    /// The sentence ends that are ASCII, as bytes.
    private static let asciiSentenceEnds = ByteSet(sentenceEnds.compactMap(\.asciiValue))

    /// Two or more capitals, counted until the second.
    private static func hasTwoCapitals(_ word: String) -> Bool {
        var capitals = 0
        for character in word where character.isUppercase {
            capitals += 1
            if capitals == 2 { return true }
        }
        return false
    }

    /// `names(in:)` for ASCII text, on its bytes. In ASCII no two characters but CR LF form one,
    /// white space is tab to CR and space, letters are A-Z and a-z, numbers are 0-9, and
    /// punctuation and symbols are the other printable characters; so this finds the same names
    /// without a Unicode property look-up per character.
    private static func asciiNames(in text: String) -> Set<String> {
        var names = Set<String>()
        var sentenceStart = true
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                while index < bytes.count && bytes[index].isASCIIWhitespace { index += 1 }
                guard index < bytes.count else { break }
                let start = index
                while index < bytes.count && !bytes[index].isASCIIWhitespace { index += 1 }
                sentenceStart = readASCIIWord(UnsafeBufferPointer(rebasing: bytes[start..<index]), sentenceStart: sentenceStart, into: &names)
            }
        }
        return names
    }

    /// One word of ASCII text, with no white space in it, as `names(in:)` reads a word: adds its
    /// parts to `names` when it is written as a name, and returns whether the next word starts a
    /// sentence.
    private static func readASCIIWord(_ word: UnsafeBufferPointer<UInt8>, sentenceStart: Bool, into names: inout Set<String>) -> Bool {
        var low = 0
        var high = word.count
        while low < high && word[low].isASCIIPunctuationOrSymbol { low += 1 }
        while high > low && word[high - 1].isASCIIPunctuationOrSymbol { high -= 1 }
        if low < high, word[low].isASCIILetter {
            var capitals = 0
            var hasDigit = false
            for byte in word[low..<high] {
                if byte.isASCIIUppercase { capitals += 1 }
                if byte.isASCIIDigit { hasDigit = true }
            }
            if (word[low].isASCIIUppercase && !sentenceStart) || capitals >= 2 || hasDigit {
                let text = String(decoding: UnsafeBufferPointer(rebasing: word[low..<high]), as: UTF8.self)
                for part in FoldedText(text).words where !FoldedText.isNumber(part) {
                    names.insert(Stemmer.stem(part))
                }
            }
        }
        guard let last = word.last else { return sentenceStart }
        return asciiSentenceEnds.contains(last) || (word.count == 1 && !last.isASCIILetter)
    }

    /// The word without punctuation or symbols at either end. In ASCII those are exactly the
    /// printable characters that are neither letters nor digits, so ASCII words skip the
    /// general `CharacterSet` trim, which dominated the dedupe stage.
    private static func trimmingEdges(_ raw: Substring) -> String {
        let bytes = raw.utf8
        guard raw.isAllASCII else { return raw.trimmingCharacters(in: wordEdges) }
        guard let start = bytes.firstIndex(where: { !$0.isASCIIPunctuationOrSymbol }),
              let last = bytes.lastIndex(where: { !$0.isASCIIPunctuationOrSymbol })
        else { return "" }
        return String(raw[start...last])
    }

    private static func names(in text: String) -> Set<String> {
        if text.isAllASCII { return asciiNames(in: text) }
        var names = Set<String>()
        var sentenceStart = true
        for raw in text.splitAtWhitespace() {
            // Most words of such text are ASCII still: one is a character a byte (white space,
            // CR LF among it, is no part of a word), so it is read on its bytes.
            if let next = raw.isAllASCII
                ? raw.utf8.withContiguousStorageIfAvailable({ readASCIIWord($0, sentenceStart: sentenceStart, into: &names) }) : nil {
                sentenceStart = next
                continue
            }
            let word = Self.trimmingEdges(raw)
            defer {
                if let last = raw.last {
                    sentenceStart = Self.sentenceEnds.contains(last) || raw.index(after: raw.startIndex) == raw.endIndex && !last.isLetter
                }
            }
            guard let first = word.first, first.isLetter else { continue }
            if (first.isUppercase && !sentenceStart) || Self.hasTwoCapitals(word) || word.contains(where: \.isNumber) {
                for part in FoldedText(word).words where !FoldedText.isNumber(part) {
                    names.insert(Stemmer.stem(part))
                }
            }
        }
        return names
    }
}

/// Units a quantity may be written in, with the base unit and factor.
enum Units {
    static let table: [String: (String, Double)] = {
        var table: [String: (String, Double)] = [:]
        let bytes: [(String, Double)] = [("b", 1), ("byte", 1), ("bytes", 1), ("kb", 1e3), ("mb", 1e6), ("gb", 1e9), ("tb", 1e12), ("pb", 1e15),
                                         ("kib", 1024), ("mib", 1_048_576), ("gib", 1_073_741_824), ("tib", 1_099_511_627_776)]
        for (name, factor) in bytes { table[name] = ("b", factor) }
        let seconds: [(String, Double)] = [("ms", 0.001), ("s", 1), ("sec", 1), ("secs", 1), ("second", 1), ("seconds", 1),
                                           ("min", 60), ("mins", 60), ("minute", 60), ("minutes", 60), ("h", 3600), ("hr", 3600), ("hrs", 3600),
                                           ("hour", 3600), ("hours", 3600), ("day", 86400), ("days", 86400), ("week", 604_800), ("weeks", 604_800),
                                           ("month", 2_592_000), ("months", 2_592_000), ("year", 31_536_000), ("years", 31_536_000)]
        for (name, factor) in seconds { table[name] = ("s", factor) }
        for name in ["m", "meter", "meters", "metre", "metres"] { table[name] = ("m", 1) }
        table["km"] = ("m", 1000)
        table["cm"] = ("m", 0.01)
        table["mm"] = ("m", 0.001)
        table["g"] = ("g", 1)
        table["kg"] = ("g", 1000)
        table["mg"] = ("g", 0.001)
        return table
    }()
}

/// English function words, which say nothing about what a fact is about.
enum StopWords {
    /// Whether `word` is one of `english`; most words are told apart without hashing them.
    static func contains(_ word: String) -> Bool {
        screen.mayContain(word) && english.contains(word)
    }

    private static let screen = WordScreen(english)

    static let english: Set<String> = [
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "and", "or", "but", "if", "then", "than",
        "so", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "there", "their",
        "they", "them", "you", "your", "we", "our", "i", "he", "she", "his", "her", "can", "could", "may", "might", "will", "would",
        "shall", "should", "do", "does", "did", "has", "have", "had", "also", "very", "just", "only", "into", "over", "under",
        "about", "which", "who", "whom", "what", "when", "where", "how", "all", "any", "each", "some", "such", "more", "most",
        "other", "another", "same", "own", "per", "via", "etc", "eg", "ie", "e", "g",
    ]
}

/// A light suffix stripper: plurals only, so `messages` meets `message` and little else moves.
enum Stemmer {
    static func stem(_ word: String) -> String {
        // Most words do not end in `s` and go back as they are. The bytes are read in one piece,
        // as stepping back from the end of a string's UTF-8 view cost a hundred instructions;
        // nil is a word beyond ASCII that may lose an `s`, which is read by characters.
        let ascii = word.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard bytes.count > 3, bytes[bytes.count - 1] == UInt8(ascii: "s") else { return word }
            // ASCII: a character a byte, so counts and suffixes are read on the bytes.
            guard UInt8.areASCII(bytes) else { return nil }
            let count = bytes.count
            if count > 4, bytes[count - 3] == UInt8(ascii: "i"), bytes[count - 2] == UInt8(ascii: "e") {
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<(count - 3)]), as: UTF8.self) + "y"
            }
            if bytes[count - 2] == UInt8(ascii: "s") { return word }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<(count - 1)]), as: UTF8.self)
        }
        if case let .some(.some(stem)) = ascii { return stem }
        if word.count > 4, word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") { return String(word.dropLast()) }
        return word
    }
}
