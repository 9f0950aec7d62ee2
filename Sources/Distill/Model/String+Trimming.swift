extension Unicode.Scalar {
    /// Whether `CharacterSet.whitespacesAndNewlines` holds the scalar: Unicode's white space
    /// and the zero width space. Asked of the scalar itself, it costs no bridging to Foundation's
    /// string storage, which trimming with the character set does for every call.
    var isWhitespaceOrNewline: Bool {
        if isASCII { return UInt8(truncatingIfNeeded: value).isASCIIWhitespace }
        return properties.isWhitespace || self == "\u{200B}"
    }
}

extension StringProtocol {
    /// The text without white space and line breaks at either end, as
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` would return it.
    var trimmingWhitespaceAndNewlines: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isWhitespaceOrNewline }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isWhitespaceOrNewline })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    /// Whether anything is left after `trimmingWhitespaceAndNewlines`.
    var hasScalarBesidesWhitespace: Bool {
        unicodeScalars.contains { !$0.isWhitespaceOrNewline }
    }
}
