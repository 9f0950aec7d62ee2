import Foundation

/// A fact's text folded for comparison: case, accents, punctuation, bullets, markup and
/// white space removed; numbers written one way (`5TB` = `5 TB`, `1,000` = `1000`).
struct FoldedText: Hashable, Sendable {
    /// The folded words in order.
    let words: [String]
    /// The numbers in order of appearance, as written after folding.
    let numbers: [String]
    /// How many negating words the text holds (`not`, `no`, `never`, `cannot`, ...).
    let negations: Int

    /// Every word, joined: equal keys mean the same wording. Kept, not worked out on each
    /// use: dedupe asks for it once per fact said, and most facts are said many times.
    let key: String
    /// The words with every number replaced by `#`: equal shapes with different keys
    /// mean the same statement with different numbers.
    var shape: String {
        guard !numbers.isEmpty else { return key }
        return joined { Self.isNumber($0) ? "#" : $0 }
    }
    /// The words without negations: equal stances with different negation counts
    /// mean a statement and its denial.
    var stance: String {
        // Every contracted negation is a negator too.
        guard negations > 0 else { return key }
        return joined { Self.positiveForm[$0] ?? (Self.negators.contains($0) ? nil : $0) }
    }

    /// The words `transform` keeps, as it changes them, joined by spaces.
    private func joined(_ transform: (String) -> String?) -> String {
        // Written as bytes: appending to a string checked its storage and encoding each time.
        var text: [UInt8] = []
        text.reserveCapacity(key.utf8.count)
        for word in words {
            guard let kept = transform(word) else { continue }
            if !text.isEmpty { text.append(UInt8(ascii: " ")) }
            text.appendUTF8(of: kept)
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Whether the folded word is one of `negators`. Most words are not, and are told so
    /// without hashing them.
    static func isNegator(_ word: String) -> Bool {
        negatorScreen.mayContain(word) && negators.contains(word)
    }

    private static let negatorScreen = WordScreen(negators)

    static let negators: Set<String> = ["not", "no", "never", "cannot", "cant", "dont", "doesnt", "isnt", "arent", "wont", "shouldnt", "neither", "nor", "none"]
    /// What a contracted negation says without its `not`.
    private static let positiveForm: [String: String] = [
        "cannot": "can", "cant": "can", "dont": "do", "doesnt": "does", "isnt": "is", "arent": "are",
        "wont": "will", "shouldnt": "should",
    ]

    init(_ text: String) {
        var kept: [String]
        var key: String?
        if text.isAllASCII {
            (kept, key) = Self.asciiWords(text)
        } else {
            kept = Self.unicodeWords(text)
        }
        // `no of calls` is short for `number of calls`, not a denial.
        for index in kept.indices.dropLast() where kept[index] == "no" && kept[index + 1] == "of" {
            kept[index] = "number"
            key = nil
        }
        self.words = kept
        self.key = key ?? kept.joined(separator: " ")
        self.numbers = self.words.filter(Self.isNumber)
        self.negations = self.words.reduce(0) { $0 + (Self.isNegator($1) ? 1 : 0) }
    }

    /// `FoldedText(text).key`, for a caller that needs nothing else: ASCII text is folded
    /// into its key alone, without a string for each word. A key that holds `no of` anywhere
    /// is folded in full, as the rewrite of `no of` reads the words.
    static func key(of text: String) -> String {
        guard text.isAllASCII else { return FoldedText(text).key }
        let key = asciiWords(text, collectingWords: false).key
        return key.containsLiteral("no of") ? FoldedText(text).key : key
    }

    /// The folded words of ASCII text, read on its bytes: the same rules as `unicodeWords`, where
    /// the only letters are A-Z and a-z, and no character decomposes or is a combining mark.
    /// The words are written one after another, a space apart, into the bytes of the key, so
    /// the key is made with them rather than joined from them afterwards.
    /// With `collectingWords` false, the words are left out and only the key is made.
    private static func asciiWords(_ text: String, collectingWords: Bool = true) -> (words: [String], key: String) {
        var text = text
        return text.withUTF8 { input in
            var words: [String] = []
            if collectingWords { words.reserveCapacity(input.count / 6 + 1) }
            // The key is written into a scratch buffer, not grown byte by byte: a space may go
            // between a number and the letters it touches (`5TB`), so it may take twice the bytes.
            let key = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: input.count * 2 + 1) { out -> String in
                var length = 0
                // Where the word being read starts in `out`; none is being read while `length` is there.
                var start = 0
                var wordCount = 0
                func finishWord() {
                    // A trailing `.` is left from a sentence end after a number.
                    while length > start && out[length - 1] == UInt8(ascii: ".") { length -= 1 }
                    if length > start {
                        if collectingWords { words.append(String(decoding: UnsafeBufferPointer(rebasing: out[start..<length]), as: UTF8.self)) }
                        wordCount += 1
                    } else if start > 0 {
                        // Nothing was left of the word: the space written before it goes too.
                        length -= 1
                    }
                    start = length
                }
                func append(_ byte: UInt8) {
                    if length == start && wordCount > 0 {
                        out[length] = UInt8(ascii: " ")
                        length += 1
                        start = length
                    }
                    out[length] = byte
                    length += 1
                }
                var previousClass = CharacterClass.space
                for byte in input {
                    guard let characterClass = asciiClass(UInt32(byte), after: previousClass) else { continue }
                    if characterClass.endsWord(after: previousClass), length > start { finishWord() }
                    switch characterClass {
                    case .space: break
                    case .numberSeparator: if byte == UInt8(ascii: ".") { append(byte) }
                    default: append(byte.isASCIIUppercase ? byte + 32 : byte)
                    }
                    previousClass = characterClass
                }
                if length > start { finishWord() }
                return String(decoding: UnsafeBufferPointer(rebasing: out[..<length]), as: UTF8.self)
            }
            return (words, key)
        }
    }

    /// The folded words of any text, decomposed so accents drop as separate marks.
    private static func unicodeWords(_ text: String) -> [String] {
        var words: [String] = []
        // The word being read, as UTF-8: appending scalars to a string view cost more than
        // reading them.
        var current: [UInt8] = []
        var previousClass = CharacterClass.space
        forEachDecomposedScalar(of: text) { scalar in
            let characterClass: CharacterClass
            if scalar.isASCII {
                // ASCII needs no property look-up: its only alphabetic characters are A-Z and
                // a-z, and none of it is a combining mark.
                guard let ascii = asciiClass(scalar.value, after: previousClass) else { return }
                characterClass = ascii
            } else {
                let properties = scalar.properties
                if properties.generalCategory == .nonspacingMark { return }
                if properties.isAlphabetic {
                    characterClass = .letter
                } else if scalar == "’" {
                    return
                } else {
                    characterClass = .space
                }
            }
            if characterClass.endsWord(after: previousClass), !current.isEmpty {
                words.append(Self.finish(String(decoding: current, as: UTF8.self)))
                current.removeAll(keepingCapacity: true)
            }
            if characterClass != .space {
                if characterClass == .numberSeparator {
                    if scalar == "." { current.append(0x2E) }
                } else if scalar.isASCII {
                    let value = UInt8(scalar.value)
                    current.append(value.isASCIIUppercase ? value + 32 : value)
                } else {
                    for lower in scalar.properties.lowercaseMapping.unicodeScalars { UTF8.encode(lower) { current.append($0) } }
                }
            }
            previousClass = characterClass
        }
        if !current.isEmpty { words.append(Self.finish(String(decoding: current, as: UTF8.self))) }
        return words.filter { !$0.isEmpty }
    }

    /// Calls `body` with each scalar of the text's compatibility decomposition (NFKD), which
    /// is worked out for its runs beyond ASCII only. An ASCII character decomposes to itself
    /// and no mark is reordered across it, so the decomposition of the whole is that of its
    /// runs one after another; most text with a character beyond ASCII has one or two (an
    /// arrow, a bullet) among hundreds of ASCII ones.
    static func forEachDecomposedScalar(of text: String, _ body: (Unicode.Scalar) -> Void) {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar.isASCII {
                body(scalar)
                scalars.formIndex(after: &index)
                continue
            }
            let start = index
            while index < scalars.endIndex && !scalars[index].isASCII { scalars.formIndex(after: &index) }
            for decomposed in String(scalars[start..<index]).decomposedStringWithCompatibilityMapping.unicodeScalars { body(decomposed) }
        }
    }

    private enum CharacterClass {
        case space, letter, digit, numberSeparator

        /// A word ends before a space, where letters follow a number, and where a number
        /// follows letters (`5TB` is `5 tb`).
        func endsWord(after previous: CharacterClass) -> Bool {
            self == .space || (self == .letter && (previous == .digit || previous == .numberSeparator))
                || (self == .digit && previous == .letter)
        }
    }

    /// The class of an ASCII character, given the one before it; nil for `'`, which is
    /// dropped (`don't` folds to `dont`). `1,000` and `99.9` stay whole: a `,` or `.` after a
    /// digit separates the number's parts (a trailing one is dropped with the word's end).
    private static func asciiClass(_ value: UInt32, after previous: CharacterClass) -> CharacterClass? {
        switch value {
        case 48...57: .digit
        case 65...90, 97...122: .letter
        case 0x2C where previous == .digit, 0x2E where previous == .digit: .numberSeparator
        case 0x27: nil
        default: .space
        }
    }

    /// Drops a trailing `.` left from a sentence end after a number.
    private static func finish(_ word: String) -> String {
        var word = word
        while word.hasSuffix(".") { word.removeLast() }
        return word
    }

    static func isNumber(_ word: String) -> Bool {
        // An ASCII digit is one byte, and no other scalar's UTF-8 starts with one.
        guard let first = word.utf8.first else { return false }
        return (0x30...0x39).contains(first)
    }
}
