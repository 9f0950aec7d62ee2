extension UInt8 {
    /// `A`–`Z`.
    var isASCIIUppercase: Bool { (0x41...0x5A).contains(self) }
    /// `A`–`Z` and `a`–`z`.
    var isASCIILetter: Bool { isASCIIUppercase || (0x61...0x7A).contains(self) }
    /// `0`–`9`.
    var isASCIIDigit: Bool { (0x30...0x39).contains(self) }
    /// Space, tab, line feed, vertical tab, form feed and carriage return.
    var isASCIIWhitespace: Bool { self == 0x20 || (0x09...0x0D).contains(self) }
}

extension UInt8 {
    /// A printable ASCII character that is neither a letter nor a digit: in ASCII, exactly the
    /// punctuation and symbols.
    var isASCIIPunctuationOrSymbol: Bool { self > 0x20 && self < 0x7F && !isASCIILetter && !isASCIIDigit }
}

extension StringProtocol {
    /// Every byte is ASCII: each character is one byte, and none decomposes, combines or
    /// needs a Unicode property look-up, so byte-level fast paths give the same answers.
    var isAllASCII: Bool {
        utf8.withContiguousStorageIfAvailable(UInt8.areASCII) ?? utf8.allSatisfy { $0 < 0x80 }
    }

    /// Whether a character of the text is not white space. An ASCII byte that is not white
    /// space starts such a character (or sits in one begun by a mark that joins the next
    /// character, itself no white space), so most text is told on its bytes; text of white
    /// space and other characters is read character by character.
    var hasNonWhitespace: Bool {
        var beyondASCII = false
        for byte in utf8 {
            if byte >= 0x80 {
                beyondASCII = true
            } else if !byte.isASCIIWhitespace {
                return true
            }
        }
        return beyondASCII && contains(where: { !$0.isWhitespace })
    }
}

extension UInt8 {
    /// Whether every byte is below 0x80, read eight bytes at a time: texts are mostly ASCII,
    /// and the fast paths ask this of every line and every fact.
    static func areASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= bytes.count {
            if raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            offset += 8
        }
        while offset < bytes.count {
            if base[offset] >= 0x80 { return false }
            offset += 1
        }
        return true
    }
}
