/// A list item's marker, told apart from the item's text.
struct ListMarker: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        case bullet
        case ordered(Int)
    }

    var kind: Kind
    /// `↳` and friends: the item continues the previous one and nests under it.
    var nestsUnderPrevious: Bool
    /// The glyph is a symbol other than markdown's `-`, `*`, `+` or a number.
    var isGlyph: Bool

    /// Splits a trimmed line into marker and text, or returns nil when it is not a list item.
    /// In markdown only markdown's markers (and `•`) count; elsewhere every common glyph does.
    static func parse(_ content: String, markdown: Bool) -> (marker: ListMarker, text: Substring)? {
        if let plain = parsePlainASCII(content, markdown: markdown) { return plain }
        guard mayStartScalarMarker(content, markdown: markdown) else { return nil }
        let scalars = content.unicodeScalars
        guard let first = scalars.first else { return nil }
        var marker: ListMarker
        var rest: Substring.UnicodeScalarView
        switch first {
        case "-", "*", "+":
            let after = scalars.dropFirst()
            guard after.isEmpty || after.first == " " || after.first == "\t" else { return nil }
            marker = ListMarker(kind: .bullet, nestsUnderPrevious: false, isGlyph: false)
            rest = Substring(content).unicodeScalars.dropFirst()
        case "0"..."9":
            guard let parsed = parseNumber(content, markdown: markdown) else { return nil }
            marker = parsed.marker
            rest = parsed.rest
        default:
            if let number = circledNumber(first), !markdown {
                marker = ListMarker(kind: .ordered(number), nestsUnderPrevious: false, isGlyph: true)
            } else if first == "•" || (!markdown && isBulletGlyph(first)) {
                marker = ListMarker(kind: .bullet, nestsUnderPrevious: isSubArrow(first), isGlyph: true)
            } else if !markdown, let letter = parseLetter(content) {
                return (ListMarker(kind: .bullet, nestsUnderPrevious: false, isGlyph: false), letter)
            } else {
                return nil
            }
            rest = Substring(content).unicodeScalars.dropFirst()
        }
        var text = Substring(rest).drop(while: { $0 == " " || $0 == "\t" })
        // A second glyph after the first (`- ↳ text`, `• - text`) is decoration.
        for _ in 0..<2 {
            guard let glyph = text.unicodeScalars.first else { break }
            let after = text.unicodeScalars.dropFirst().first
            let spaced = after == nil || after == " " || after == "\t"
            if isBulletGlyph(glyph) || glyph == "•" || ((glyph == "-" || glyph == "*" || glyph == "+") && spaced && after != nil) {
                if isSubArrow(glyph) { marker.nestsUnderPrevious = true }
                text = Substring(text.unicodeScalars.dropFirst()).drop(while: { $0 == " " || $0 == "\t" })
            } else {
                break
            }
        }
        return (marker, text)
    }

    /// `parse` on bytes, for the usual item: a `-`, `*` or `+`, a number and `.` or `)`, or a
    /// common glyph (see `commonGlyph`), then spaces or tabs, then an ASCII character that is
    /// not itself a marker. Spaces before an ASCII character are characters of their own, so
    /// dropping them byte by byte drops what `parse` drops. Nil for anything else, which
    /// `parse` then reads scalar by scalar.
    private static func parsePlainASCII(_ content: String, markdown: Bool) -> (marker: ListMarker, text: Substring)? {
        let bytes = content.utf8
        var index = bytes.startIndex
        guard index < bytes.endIndex else { return nil }
        let kind: Kind
        var nests = false
        var isGlyph = false
        switch bytes[index] {
        case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"):
            kind = .bullet
            index = bytes.index(after: index)
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            guard let number = orderedNumber(content, markdown: markdown) else { return nil }
            kind = .ordered(number.value)
            index = number.end
        case 0xE2:
            // The glyphs notes use most, each three bytes: `•` anywhere, `→` and `↳` outside
            // markdown. A space must follow, so no combining mark can join the glyph.
            guard let nestsUnderPrevious = commonGlyph(bytes, at: index, markdown: markdown) else { return nil }
            kind = .bullet
            nests = nestsUnderPrevious
            isGlyph = true
            index = bytes.index(index, offsetBy: 3)
        default:
            return nil
        }
        guard index < bytes.endIndex, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") else { return nil }
        while index < bytes.endIndex, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") {
            index = bytes.index(after: index)
        }
        guard index < bytes.endIndex else { return nil }
        switch bytes[index] {
        case 0x80..., UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"): return nil
        default: return (ListMarker(kind: kind, nestsUnderPrevious: nests, isGlyph: isGlyph), content[index...])
        }
    }

    /// `•`, or outside markdown `→` or `↳`, as UTF-8 at `index`: whether it nests the item, or
    /// nil for any other bytes.
    private static func commonGlyph(_ bytes: String.UTF8View, at index: String.Index, markdown: Bool) -> Bool? {
        guard let second = bytes.index(index, offsetBy: 1, limitedBy: bytes.endIndex), second < bytes.endIndex,
              let third = bytes.index(index, offsetBy: 2, limitedBy: bytes.endIndex), third < bytes.endIndex
        else { return nil }
        switch (bytes[second], bytes[third]) {
        case (0x80, 0xA2): return false
        case (0x86, 0x92) where !markdown: return false
        case (0x86, 0xB3) where !markdown: return true
        default: return nil
        }
    }

    /// False when the line's first bytes rule out every marker the scalar path below reads.
    /// Every glyph marker starts with a byte beyond ASCII; an ASCII line's first scalar is its
    /// first byte, so a line that starts with another ASCII byte than `-`, `*`, `+`, a digit or
    /// (outside markdown) a letter marker is no item. Most lines are prose, and this spares
    /// them the walk over scalars.
    private static func mayStartScalarMarker(_ content: String, markdown: Bool) -> Bool {
        let bytes = content.utf8
        guard let first = bytes.first, first < 0x80 else { return true }
        switch first {
        case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        case UInt8(ascii: "a")...UInt8(ascii: "z"):
            return !markdown && letterMarkerEnd(content) != nil
        default:
            return false
        }
    }

    private static func parseNumber(_ content: String, markdown: Bool) -> (marker: ListMarker, rest: Substring.UnicodeScalarView)? {
        guard let number = orderedNumber(content, markdown: markdown) else { return nil }
        return (ListMarker(kind: .ordered(number.value), nestsUnderPrevious: false, isGlyph: false), content[number.end...].unicodeScalars)
    }

    /// `12.` or `3)` at the start of `content`, followed by a space, a tab or the end: the
    /// number's value (from its first nine digits) and where the marker ends. At most nine
    /// digits in markdown, three elsewhere. Every character read is ASCII, so it is read on
    /// bytes.
    private static func orderedNumber(_ content: String, markdown: Bool) -> (value: Int, end: String.Index)? {
        let bytes = content.utf8
        var index = bytes.startIndex
        var digits = 0
        var value = 0
        while index < bytes.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
            digits += 1
            if digits <= 9 { value = value * 10 + Int(bytes[index] - 48) }
            index = bytes.index(after: index)
        }
        guard digits > 0, digits <= (markdown ? 9 : 3), index < bytes.endIndex,
              bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")")
        else { return nil }
        index = bytes.index(after: index)
        guard index == bytes.endIndex || bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") else { return nil }
        return (value, index)
    }

    /// `a. text`, `b) text`, `iv. text`: letter markers in plain notes.
    private static func parseLetter(_ content: String) -> Substring? {
        guard let end = letterMarkerEnd(content) else { return nil }
        return content[end...].drop(while: { $0 == " " })
    }

    /// Where a letter marker at the start of `content` ends: one letter, or a roman numeral up
    /// to `xii`, then `.` or `)`, then a space, where the end is. Every character read is
    /// ASCII, so it is read on bytes.
    private static func letterMarkerEnd(_ content: String) -> String.Index? {
        let bytes = content.utf8
        var index = bytes.startIndex
        var count = 0
        while index < bytes.endIndex, count < 5, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[index]) {
            count += 1
            bytes.formIndex(after: &index)
        }
        guard count >= 1, index < bytes.endIndex, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")") else { return nil }
        guard count == 1 || romanNumerals.contains(String(content[..<index])) else { return nil }
        bytes.formIndex(after: &index)
        guard index < bytes.endIndex, bytes[index] == UInt8(ascii: " ") else { return nil }
        return index
    }

    private static let romanNumerals: Set<String> = [
        "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii",
    ]

    static func circledNumber(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x2460...0x2473: Int(scalar.value - 0x2460) + 1
        case 0x2776...0x277F: Int(scalar.value - 0x2776) + 1
        case 0x2780...0x2789: Int(scalar.value - 0x2780) + 1
        case 0x278A...0x2793: Int(scalar.value - 0x278A) + 1
        default: nil
        }
    }

    /// Symbols people use as bullets in plain notes.
    static func isBulletGlyph(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "•", "·", "▪", "◦", "‣", "⁃", "●", "○", "■", "□", "►", "▸", "▹", "➢", "➤", "✓", "✔",
            "→", "↳", "⇒", "➔", "➜", "⮕", "↪", "⤷", "⟶", "▶", "♦", "◆", "❖", "✗", "✘":
            true
        default: false
        }
    }

    static func isSubArrow(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "↳" || scalar == "↪" || scalar == "⤷"
    }

    /// The marker as canonical markdown writes it.
    var rendered: String {
        switch kind {
        case .bullet: "- "
        case let .ordered(number): "\(number). "
        }
    }
}
