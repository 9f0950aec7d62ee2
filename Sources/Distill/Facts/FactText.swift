import DistillMarkdown

/// Text helpers for facts: whitespace, definitions and question patterns.
enum FactText {
    /// Collapses runs of white space to one space and trims the ends.
    static func collapse(_ text: String) -> String {
        collapseASCII(text) ?? collapseCharacters(text)
    }

    /// `collapse` character by character, for any text.
    static func collapseCharacters(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(character)
            }
        }
        return out
    }

    /// `collapse` on the bytes, for text whose only white space is ASCII and whose other
    /// characters each start a character of their own (no combining mark, joiner or prefix
    /// that could merge with a neighbouring space); nil for any other text, whose white space
    /// is judged character by character. Such text splits into the same characters byte by
    /// byte, and only ASCII ones among them are white space.
    private static func collapseASCII(_ text: String) -> String? {
        guard text.isAllASCII || text.unicodeScalars.allSatisfy(Self.standsAlone) else { return nil }
        var contiguous = text
        let collapsed = contiguous.withUTF8 { bytes -> String? in
            // Text with single spaces between words only, the usual fact, is already collapsed.
            guard needsCollapsing(bytes) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0
                var pendingSpace = false
                for byte in bytes {
                    if byte.isASCIIWhitespace {
                        pendingSpace = count > 0
                    } else {
                        if pendingSpace {
                            out[count] = 0x20
                            count += 1
                        }
                        pendingSpace = false
                        out[count] = byte
                        count += 1
                    }
                }
                return count
            }
        }
        return collapsed ?? text
    }

    /// Whether the bytes hold white space other than single spaces between other bytes.
    private static func needsCollapsing(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousIsSpace = true
        for byte in bytes {
            if byte == 0x20 {
                if previousIsSpace { return true }
                previousIsSpace = true
            } else if byte.isASCIIWhitespace {
                return true
            } else {
                previousIsSpace = false
            }
        }
        return previousIsSpace && !bytes.isEmpty
    }

    /// An ASCII scalar, or one that is not white space and always starts a character.
    private static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return true }
        let properties = scalar.properties
        if properties.isWhitespace || properties.isGraphemeExtend || properties.generalCategory == .spacingMark { return false }
        if scalar == "\u{200D}" || (0x1F1E6...0x1F1FF).contains(scalar.value) { return false }
        return !isPrepend(scalar)
    }

    /// Scalars that join the character after them (Unicode's Prepend grapheme class).
    private static func isPrepend(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0600...0x0605, 0x06DD, 0x070F, 0x0890...0x0891, 0x08E2, 0x0D4E, 0x110BD, 0x110CD, 0x111C2...0x111C3,
             0x1193F, 0x11941, 0x11A3A, 0x11A84...0x11A89, 0x11D46, 0x11F02: true
        default: false
        }
    }

    /// The text of an HTML fragment without its tags.
    static func strippingTags(_ html: String) -> String {
        var out = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true; out.append(" ") } else if character == ">" { inTag = false } else if !inTag { out.append(character) }
        }
        return out
    }

    /// Separators between a term and its definition, longest first.
    private static let separators = [" :: ", " :- ", ":- ", " -- ", " – ", " — ", " - ", ": "].map { Array($0.utf8) }

    /// Recognises `Term: definition` (and `::`, `:-`, dashes, `**Term** - ...`) and `Q: ... A: ...`.
    static func kind(of text: String, content: [MarkdownNode]) -> Fact.Kind {
        if let qa = questionAndAnswer(text) ?? questionOnFirstLine(content) { return qa }
        // Only the first separator in the text can split a term from its definition.
        guard let range = firstRange(of: separators, in: text) else { return .statement }
        let term = trimming(text[..<range.lowerBound]) { isSpace($0) || $0 == "*" || $0 == ":" }
        let definition = trimming(text[range.upperBound...], where: isSpace)
        guard isTerm(term, leadingStrong: content.first?.kind == .strong), definition.wordCount(separatedBy: spaces, upTo: 2) == 2 else {
            return .statement
        }
        return .definition(term: term, definition: definition)
    }

    /// The space, which parts a definition into words.
    private static let spaces = ByteSet([0x20])

    /// Where the earliest of `needles` starts in `text`, byte for byte; where two start at the
    /// same place, the one listed first.
    static func firstRange(of needles: [[UInt8]], in text: String) -> Range<String.Index>? {
        var text = text
        // Most bytes start no needle: a bit per byte value that starts one skips them, and one
        // per byte value that comes second skips most of the rest (a space starts most needles).
        var firstBytes = ByteSet()
        var secondBytes = ByteSet()
        var shortest = Int.max
        for needle in needles {
            if let first = needle.first { firstBytes.insert(first) }
            if needle.count >= 2 { secondBytes.insert(needle[1]) }
            shortest = min(shortest, needle.count)
        }
        let checksSecond = shortest >= 2
        let found = text.withUTF8 { bytes -> Range<Int>? in
            for start in bytes.indices where firstBytes.contains(bytes[start]) {
                if checksSecond && (start + 1 == bytes.count || !secondBytes.contains(bytes[start + 1])) { continue }
                for needle in needles where needle.first == bytes[start] && needle.count <= bytes.count - start {
                    if (1..<needle.count).allSatisfy({ bytes[start + $0] == needle[$0] }) { return start..<start + needle.count }
                }
            }
            return nil
        }
        guard let found else { return nil }
        let utf8 = text.utf8
        return utf8.index(utf8.startIndex, offsetBy: found.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: found.upperBound)
    }

    /// White space as `CharacterSet.whitespaces` has it: tab and the space separators.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || scalar == "\t" : scalar.properties.generalCategory == .spaceSeparator
    }

    /// `text` without the scalars at either end that `trim` matches.
    private static func trimming(_ text: Substring, where trim: (Unicode.Scalar) -> Bool) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !trim($0) }), let last = scalars.lastIndex(where: { !trim($0) }) else { return "" }
        return String(scalars[first...last])
    }

    /// One line of a paragraph read as a definition.
    struct DefinitionLine {
        var kind: Fact.Kind
        var content: [MarkdownNode]
        var text: String
    }

    /// A paragraph of two or more lines that each define a term (perhaps under a first line
    /// ending in `:` that introduces them), split at its line breaks, with each line's offset
    /// from the paragraph's first line; nil for any other paragraph.
    static func definitionLines(_ content: [MarkdownNode]) -> [(offset: Int, line: DefinitionLine)]? {
        var lines: [[MarkdownNode]] = [[]]
        for node in content {
            if node.kind == .softBreak || node.kind == .lineBreak { lines.append([]) } else { lines[lines.count - 1].append(node) }
        }
        guard lines.count >= 2 else { return nil }
        // `Q: ...` on one line and `A: ...` on the next is one question, not two terms.
        if questionAndAnswer(collapse(content.map(\.plainText).joined())) != nil || questionOnFirstLine(content) != nil {
            return nil
        }
        var result: [(offset: Int, line: DefinitionLine)] = []
        for (offset, nodes) in lines.enumerated() {
            let text = collapse(nodes.map(\.plainText).joined())
            let lineKind = kind(of: text, content: nodes)
            if case .definition = lineKind {
                result.append((offset, DefinitionLine(kind: lineKind, content: nodes, text: text)))
            } else if offset == 0, lines.count >= 3, text.hasSuffix(":") {
                // `Key terms:` above the definitions it introduces is a statement of its own.
                result.append((offset, DefinitionLine(kind: .statement, content: nodes, text: text)))
            } else {
                return nil
            }
        }
        return result
    }

    private static func isTerm(_ term: String, leadingStrong: Bool) -> Bool {
        if term.isAllASCII && !term.containsByte(0x0D) { return isASCIITerm(term, leadingStrong: leadingStrong) }
        let words = term.split(separator: " ")
        guard !words.isEmpty, words.count <= (leadingStrong ? 8 : 5), term.count <= 60 else { return false }
        guard let first = term.first, first.isLetter || first.isNumber || first == "`" else { return false }
        // A term is a name, not a clause: no sentence punctuation inside.
        return !term.contains(where: { ".;!?,".contains($0) })
    }

    /// `isTerm` for ASCII without CR, on its bytes: there a character is a byte, letters are
    /// A-Z and a-z, and numbers 0-9.
    private static func isASCIITerm(_ term: String, leadingStrong: Bool) -> Bool {
        let bytes = term.utf8
        guard let first = bytes.first, bytes.count <= 60, first.isASCIILetter || first.isASCIIDigit || first == UInt8(ascii: "`")
        else { return false }
        var words = 0
        var previous = UInt8(ascii: " ")
        for byte in bytes {
            switch byte {
            // A term is a name, not a clause: no sentence punctuation inside.
            case UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ","): return false
            case UInt8(ascii: " "): break
            default: if previous == UInt8(ascii: " ") { words += 1 }
            }
            previous = byte
        }
        return words >= 1 && words <= (leadingStrong ? 8 : 5)
    }

    /// A paragraph whose first line is a question and whose next lines answer it.
    static func questionOnFirstLine(_ content: [MarkdownNode]) -> Fact.Kind? {
        guard let breakIndex = content.firstIndex(where: { $0.kind == .softBreak || $0.kind == .lineBreak }) else { return nil }
        let question = collapse(content[..<breakIndex].map(\.plainText).joined())
        let answer = collapse(content[(breakIndex + 1)...].map(\.plainText).joined())
        guard question.hasSuffix("?"), question.count > 3, !answer.isEmpty else { return nil }
        return .question(question: question, answer: answer)
    }

    /// Answer markers of a `Q: ... A: ...` fact, the first one found winning.
    private static let answerMarkers = [" A: ", " a: ", " A. "].map { [Array($0.utf8)] }

    private static func questionAndAnswer(_ text: String) -> Fact.Kind? {
        var characters = text.makeIterator()
        guard let first = characters.next(), first == "q" || first == "Q",
              let second = characters.next(), second == ":" || second == "."
        else { return nil }
        guard let answer = answerMarkers.lazy.compactMap({ firstRange(of: $0, in: text) }).first else { return nil }
        let question = trimming(text[text.index(text.startIndex, offsetBy: 2)..<answer.lowerBound], where: isSpace)
        let reply = trimming(text[answer.upperBound...], where: isSpace)
        guard !question.isEmpty, !reply.isEmpty else { return nil }
        return .question(question: question, answer: reply)
    }
}
