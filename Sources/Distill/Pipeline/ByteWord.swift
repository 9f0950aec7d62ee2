/// Tests on the eight bytes of a word at once, each exact for every byte (no carry crosses
/// from one byte into the next).
enum ByteWord {
    private static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    private static let high: UInt64 = 0x8080_8080_8080_8080
    /// ORed into a word, folds ASCII capitals onto small letters (and leaves other bytes
    /// changed in ways no letter test can mistake for a letter).
    static let lowercase: UInt64 = 0x2020_2020_2020_2020

    /// The high bit of each byte of `word` that equals `byte`.
    static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        zero(word ^ (UInt64(byte) &* 0x0101_0101_0101_0101))
    }

    /// The high bit of each zero byte.
    static func zero(_ word: UInt64) -> UInt64 {
        ~(((word & low7) &+ low7) | word) & high
    }

    /// Whether a byte is a control character other than tab and line feed, or DEL: what the
    /// normalizer drops from a line.
    static func hasDroppedControl(_ word: UInt64) -> Bool {
        // Below 0x20: neither the high bit nor, after adding 0x60 to the low seven, a carry.
        let below20 = ~(((word & low7) &+ 0x6060_6060_6060_6060) | word) & high
        let allowed = equal(word, 0x09) | equal(word, 0x0A)
        return (below20 & ~allowed) | equal(word, 0x7F) != 0
    }
}
