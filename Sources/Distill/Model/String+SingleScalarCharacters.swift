extension StringProtocol {
    /// Whether every character of the text is one scalar: no scalar can join a neighbour into
    /// one character. Then a reading by characters can step through the scalars instead, at a
    /// fraction of the cost, and cut where the characters would.
    ///
    /// Unicode joins scalars into one character only across a CR LF, before a mark, a joiner or
    /// a spacing mark, after a prepended mark, between Hangul jamo and between two regional
    /// indicators (the emoji and Indic rules all need a joiner or a mark). A text with none of
    /// these scalars has characters of one scalar each. The test is wider than the rules (it
    /// refuses every format character and every mark), which only sends more text the slow way.
    var hasSingleScalarCharacters: Bool {
        for scalar in unicodeScalars {
            if scalar.isASCII {
                if scalar == "\r" { return false }
                continue
            }
            if scalar.mayJoinNeighbour { return false }
        }
        return true
    }

    /// `firstIndex(of:)` the ASCII character `byte`, which must be none that a character beyond
    /// ASCII equals (not `;`, `` ` `` or `K`): found among the bytes when every character is
    /// one scalar, as then the byte is a character of its own wherever it stands.
    func firstIndex(ofASCII byte: UInt8) -> Index? {
        guard hasSingleScalarCharacters else { return firstIndex(of: Character(Unicode.Scalar(byte))) }
        return utf8.firstIndex(of: byte)
    }

    /// The text cut at white space, empty pieces left out, as
    /// `split(whereSeparator: \.isWhitespaceByByte)` cuts it; read scalar by scalar when each
    /// character is one (such a character is white space when its scalar is).
    func splitAtWhitespace() -> [SubSequence] {
        guard hasSingleScalarCharacters else { return split(whereSeparator: \.isWhitespaceByByte) }
        var pieces: [SubSequence] = []
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var index = start
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar.isASCII ? UInt8(scalar.value).isASCIIWhitespace : scalar.properties.isWhitespace {
                if start < index { pieces.append(self[start..<index]) }
                start = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        if start < scalars.endIndex { pieces.append(self[start..<scalars.endIndex]) }
        return pieces
    }
}

extension Unicode.Scalar {
    /// Whether the scalar beyond ASCII may form one character with a neighbour (see
    /// `hasSingleScalarCharacters`): a mark, a format character (joiners, prepended marks),
    /// a grapheme extender or emoji modifier, a Hangul jamo or syllable, a regional indicator,
    /// or one of the few letters Unicode counts as spacing marks or prepended.
    var mayJoinNeighbour: Bool {
        let properties = properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format: return true
        default: break
        }
        if properties.isGraphemeExtend || properties.isEmojiModifier { return true }
        switch value {
        case 0x1100...0x11FF, 0xA960...0xA97F, 0xD7B0...0xD7FF, 0xAC00...0xD7A3: return true // Hangul
        case 0x1F1E6...0x1F1FF: return true // regional indicators
        case 0x0E33, 0x0EB3: return true // Thai and Lao AM, spacing marks
        case 0x0D4E, 0x111C2, 0x111C3, 0x113D1, 0x1193F, 0x11941, 0x11A3A, 0x11A84...0x11A89, 0x11D46, 0x11F02: return true // prepended letters
        default: return false
        }
    }
}
