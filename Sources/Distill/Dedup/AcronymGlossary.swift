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
    /// Asked before `expansions`: nearly every word a signature reads is no acronym.
    private let screen: WordScreen

    init(expansions: [String: [String]] = [:]) {
        self.expansions = expansions
        screen = WordScreen(expansions.keys)
    }

    /// Learns from the facts' texts as written (capitals tell acronyms from words).
    init(learningFrom texts: [String]) {
        // Each text is read on its own and the definitions pooled, so slices of the texts are
        // read on all cores; a union of sets does not depend on the order it is taken in.
        let slices = texts.slices()
        var found: [String: Set<[String]>] = [:]
        for part in Parallel.map(slices, Self.definitions(in:)) {
            found.merge(part) { $0.union($1) }
        }
        var learned: [String: [String]] = [:]
        for (acronym, candidates) in found where candidates.count == 1 {
            learned[acronym] = candidates.first
        }
        self.init(expansions: learned)
    }

    /// Every expansion each folded acronym is given in `texts`.
    private static func definitions(in texts: ArraySlice<String>) -> [String: Set<[String]>] {
        var found: [String: Set<[String]>] = [:]
        for text in texts where mayDefineAcronym(text) {
            let words = Self.words(of: text)
            for (index, (word, gap)) in words.enumerated() where Self.looksLikeAcronym(word) {
                let letters = Array(word.lowercased())
                var expansion: [String]?
                // `Words (ACR)`
                if gap.containsByte(UInt8(ascii: "(")) {
                    let before = words[..<index].reversed().map { $0.word.lowercased() }
                    expansion = Self.run(spelling: letters.reversed(), in: before).map { Array($0.reversed()) }
                }
                // `ACR (Words)`, `ACR – Words`, `ACR: Words`, `ACR = Words`
                if expansion == nil, index + 1 < words.count, words[index + 1].gap.contains(where: Self.definitionMarks.contains) {
                    expansion = Self.run(spelling: letters, in: words[(index + 1)...].map { $0.word.lowercased() })
                }
                if let expansion {
                    found[FoldedText.key(of: word), default: []].insert(expansion.flatMap { FoldedText($0).words })
                }
            }
        }
        return found
    }

    /// What sets a definition off from its acronym: `ACR (Words)`, `ACR – Words`, `ACR: Words`.
    private static let definitionMarks: [Character] = ["(", "-", "–", "—", "=", ":"]

    /// False when `text` cannot define an acronym: it has no bracket, dash, `=` or `:` to
    /// set one off, or no word of it can be an acronym. A screen only: what it lets through is
    /// read word by word. ASCII text is checked on its bytes for a word of two to six capitals;
    /// other text for a mark among its bytes and a scalar that may make a capital, which lets
    /// through every text whose characters hold a mark and a capital.
    private static func mayDefineAcronym(_ text: String) -> Bool {
        guard text.isAllASCII else { return hasDefinitionMark(text.utf8) && text.unicodeScalars.contains(where: mayMakeCapital) }
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.contains(where: isASCIIDefinitionMark) else { return false }
            var length = 0
            var capitalsOnly = true
            for byte in bytes {
                if isASCIIWordByte(byte) {
                    length += 1
                    capitalsOnly = capitalsOnly && byte.isASCIIUppercase
                } else {
                    if capitalsOnly && (2...6).contains(length) { return true }
                    length = 0
                    capitalsOnly = true
                }
            }
            return capitalsOnly && (2...6).contains(length)
        }
    }

    /// Whether a character holding `scalar` may be a capital (`Character.isUppercase`): an
    /// ASCII capital, or a scalar beyond ASCII that has case or loses it when lowercased. Swift
    /// counts as capitals some cased letters that are neither (`ª`), and clusters whose
    /// lowercase differs, so the test is wider than "is uppercase".
    static func mayMakeCapital(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? UInt8(scalar.value).isASCIIUppercase : scalar.properties.isCased || scalar.properties.changesWhenLowercased
    }

    /// `(`, `-`, `=` or `:`: the definition marks that are ASCII.
    private static func isASCIIDefinitionMark(_ byte: UInt8) -> Bool {
        byte == 0x28 || byte == 0x2D || byte == 0x3D || byte == 0x3A
    }

    /// Whether the bytes hold a definition mark: an ASCII one, or an en or em dash (E2 80 93,
    /// E2 80 94). A mark followed by a combining one is no mark as a character; finding it
    /// here only lets one more text through the screen.
    private static func hasDefinitionMark(_ bytes: String.UTF8View) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in bytes {
            if isASCIIDefinitionMark(byte) || (previous == (0xE2, 0x80) && (byte == 0x93 || byte == 0x94)) { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    subscript(_ folded: String) -> [String]? { screen.mayContain(folded) ? expansions[folded] : nil }

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

    static func looksLikeAcronym(_ word: String) -> Bool {
        // An ASCII word (no CR LF in a word) is a character a byte, and its capitals are A-Z.
        let capitals = word.isAllASCII
            ? (2...6).contains(word.utf8.count) && word.utf8.allSatisfy(\.isASCIIUppercase)
            : (2...6).contains(word.count) && word.allSatisfy { $0.isUppercase && $0.isLetter }
        guard capitals else { return false }
        let lowercased = word.lowercased()
        return !StopWords.contains(lowercased) && !FoldedText.negators.contains(lowercased)
    }

    /// The words of `text`, each with the characters between it and the word before.
    private static func words(of text: String) -> [(word: String, gap: Substring)] {
        guard text.isAllASCII else { return characterWords(of: text) }
        // In ASCII every character is one byte but CR LF, which is no word character either,
        // and the word characters are the letters, the digits and `&`. The words are found
        // in the bytes in place, then cut from the text.
        var bounds: [(gap: Int, word: Int, end: Int)] = []
        var bytesText = text
        bytesText.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let gapStart = index
                while index < bytes.count, !isASCIIWordByte(bytes[index]) { index += 1 }
                let wordStart = index
                while index < bytes.count, isASCIIWordByte(bytes[index]) { index += 1 }
                if wordStart < index { bounds.append((gapStart, wordStart, index)) }
            }
        }
        let utf8 = text.utf8
        return bounds.map { gap, word, end in
            let (gapStart, wordStart) = (utf8.index(utf8.startIndex, offsetBy: gap), utf8.index(utf8.startIndex, offsetBy: word))
            return (String(text[wordStart..<utf8.index(utf8.startIndex, offsetBy: end)]), text[gapStart..<wordStart])
        }
    }

    /// `words(of:)` for any text, character by character (scalar by scalar when each
    /// character is one).
    private static func characterWords(of text: String) -> [(word: String, gap: Substring)] {
        if text.hasSingleScalarCharacters { return scalarWords(of: text) }
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

    /// `characterWords(of:)` for text whose every character is one scalar.
    private static func scalarWords(of text: String) -> [(word: String, gap: Substring)] {
        var out: [(word: String, gap: Substring)] = []
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let gapStart = index
            while index < scalars.endIndex, !isWordScalar(scalars[index]) { scalars.formIndex(after: &index) }
            let wordStart = index
            while index < scalars.endIndex, isWordScalar(scalars[index]) { scalars.formIndex(after: &index) }
            if wordStart < index { out.append((String(text[wordStart..<index]), text[gapStart..<wordStart])) }
        }
        return out
    }

    /// `isWordCharacter` of the character that is this one scalar: a letter is alphabetic and
    /// a number has a numeric type, as `Character` reads its scalar.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isASCIIWordByte(UInt8(scalar.value)) }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        // An ASCII character is told by its byte (CR LF by LF's), as in `isLetterByByte`.
        if let ascii = character.asciiValue { return isASCIIWordByte(ascii) }
        return character.isLetter || character.isNumber
    }

    /// `isWordCharacter` for an ASCII byte: a letter, a digit or `&`.
    private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        byte.isASCIILetter || byte.isASCIIDigit || byte == 0x26
    }
}
