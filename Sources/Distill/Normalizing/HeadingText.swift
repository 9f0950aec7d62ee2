/// Cleans heading text and recognises lines shaped like titles.
enum HeadingText {
    /// Strips what decorates a heading but is not its title: closing `#`s, navigation links,
    /// leading arrows and escaped stars, trailing `:-`, `:` and `!`, a bold wrapper.
    static func clean(_ text: Substring) -> String {
        var title = trim(text)
        title = stripClosingHashes(title)
        title = stripNavigationLinks(title)
        for _ in 0..<8 {
            let before = title
            title = trim(stripLeadingDecoration(title))
            title = trim(stripTrailingDecoration(title))
            if title == before { break }
        }
        if title.hasPrefix("**"), title.hasSuffix("**"), title.count > 4 {
            let inner = title.dropFirst(2).dropLast(2)
            if !inner.containsLiteral("**") { title = trim(inner) }
        }
        return String(title)
    }

    static func trim(_ text: Substring) -> Substring {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !SourceLine.isSpace($0) }),
            let last = scalars.lastIndex(where: { !SourceLine.isSpace($0) })
        else { return "" }
        return Substring(scalars[first...last])
    }

    private static func stripClosingHashes(_ text: Substring) -> Substring {
        guard text.hasSuffix("#") else { return text }
        let withoutHashes = text.reversed().drop(while: { $0 == "#" })
        guard withoutHashes.first == " " || withoutHashes.isEmpty else { return text }
        return trim(text.dropLast(text.count - withoutHashes.count))
    }

    /// `[↖](#top)[↑](#3) Title`: links to anchors whose text has no letters are navigation.
    static func stripNavigationLinks(_ text: Substring) -> Substring {
        var rest = text
        while rest.hasPrefix("["), let link = anchorLink(at: rest), !link.label.contains(where: { $0.isLetter || $0.isNumber }) {
            rest = trim(rest[link.end...])
        }
        // `Title [↑](#top)`: the same links after the title.
        while rest.hasSuffix(")"), let open = rest.lastIndex(of: "["), open > rest.startIndex,
            let link = anchorLink(at: rest[open...]), link.end == rest.endIndex,
            !link.label.contains(where: { $0.isLetter || $0.isNumber })
        {
            rest = trim(rest[..<open])
        }
        return rest
    }

    /// Reads `[label](#anchor)` at the start of `text`.
    static func anchorLink(at text: Substring) -> (label: Substring, end: Substring.Index)? {
        guard text.first == "[", let closeBracket = text.firstIndex(of: "]") else { return nil }
        let afterBracket = text.index(after: closeBracket)
        guard afterBracket < text.endIndex, text[afterBracket] == "(" else { return nil }
        let targetStart = text.index(after: afterBracket)
        guard targetStart < text.endIndex, text[targetStart] == "#",
            let closeParen = text[targetStart...].firstIndex(of: ")")
        else { return nil }
        return (text[text.index(after: text.startIndex)..<closeBracket], text.index(after: closeParen))
    }

    private static func isDecoration(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2190...0x21FF, 0x2200...0x22FF, 0x25A0...0x27BF, 0x2900...0x297F, 0x2022, 0x00B7, 0x2023, 0x2043:
            // Keep mathematical letters-like operators out: ∑ and √ may start a title.
            return scalar != "∑" && scalar != "√" && scalar != "∞"
        default:
            return scalar == "=" || scalar == ">" || scalar == "–" || scalar == "—"
        }
    }

    private static func stripLeadingDecoration(_ text: Substring) -> Substring {
        if text.hasPrefix("\\*") { return text.dropFirst(2) }
        if text.hasPrefix("* ") || text.hasPrefix("- ") || text.hasPrefix("+ ") { return text.dropFirst(2) }
        guard let first = text.unicodeScalars.first, isDecoration(first) else { return text }
        return Substring(text.unicodeScalars.dropFirst())
    }

    private static func stripTrailingDecoration(_ text: Substring) -> Substring {
        if text.hasSuffix("\\*") { return text.dropLast(2) }
        if text.hasSuffix(":-") { return text.dropLast(2) }
        if text.hasSuffix(":") || text.hasSuffix("!") { return text.dropLast() }
        if text.hasSuffix(" -") || text.hasSuffix(" *") { return text.dropLast(2) }
        guard let last = text.unicodeScalars.last, LatexSymbols.isArrow(last) else { return text }
        return Substring(text.unicodeScalars.dropLast())
    }

    // MARK: - Titles in plain text

    /// A short line with no sentence punctuation at its end: `S3 Versioning`, `Unit 3 – Cells`.
    static func isTitleShaped(_ text: Substring, allowColon: Bool = false) -> Bool {
        guard !text.isEmpty, text.utf8.count <= 100 else { return false }
        guard let first = text.first, first.isUppercase || first.isNumber || (first.isLetter && !first.isLowercase) else { return false }
        guard let last = text.last, !".,;:?!".contains(last) else { return false }
        if text.hasSuffix(":-") { return false }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.count <= 10 else { return false }
        if !allowColon, text.containsLiteral(": ") || text.containsLiteral(" = ") || text.containsByte(UInt8(ascii: "\t")) { return false }
        if text.containsByte(UInt8(ascii: "|")) || text.hasPrefix("[") || text.hasPrefix("!") { return false }
        // A title names a thing; a row of a flattened table carries values such as generated ids.
        if words.contains(where: isIdentifierValue) { return false }
        return text.contains(where: \.isLetter)
    }

    /// Written in title case, as a name is and a sentence is not: every word of four letters or
    /// more starts with a capital (`Acids and Bases`, `Gas Laws`), and there is one such word.
    /// A text with a digit states a value rather than naming a part (`Neutral pH Is 7`).
    static func isTitleCase(_ text: Substring) -> Bool {
        guard !text.contains(where: \.isNumber) else { return false }
        let long = text.split(whereSeparator: { !$0.isLetter }).filter { $0.count >= 4 }
        return !long.isEmpty && long.allSatisfy { $0.first?.isUppercase == true }
    }

    /// `igw-1a2b3c4d`, `sg-0f3e9a71`: a hyphenated word whose last part mixes two or more letters
    /// and two or more digits, as generated identifiers and hashes do.
    static func isIdentifierValue(_ word: Substring) -> Bool {
        guard let hyphen = word.lastIndex(of: "-") else { return false }
        let tail = word[word.index(after: hyphen)...]
        guard tail.count >= 6, tail.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return false }
        return tail.filter(\.isNumber).count >= 2 && tail.filter(\.isLetter).count >= 2
    }

    /// The line is only bold text (`**Dynamo DB Streams**`), optionally after a check glyph.
    static func boldTitle(_ text: Substring) -> Substring? {
        var rest = text
        if let first = rest.unicodeScalars.first, first == "✓" || first == "✔" || first == "☑" {
            rest = trim(Substring(rest.unicodeScalars.dropFirst()))
        }
        guard rest.hasPrefix("**"), rest.hasSuffix("**"), rest.count > 4 else { return nil }
        let inner = rest.dropFirst(2).dropLast(2)
        guard !inner.containsLiteral("**"), isTitleShaped(trim(inner), allowColon: true) || inner.count <= 60 else { return nil }
        return inner.last.map { ".?".contains($0) } == true ? nil : rest
    }
}
