/// Tests on the eight bytes of a word at once, each exact for every byte (no carry crosses
/// from one byte into the next). The byte order of the word does not matter.
enum ByteWord {
    private static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    private static let high: UInt64 = 0x8080_8080_8080_8080
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    /// ORed into a word, folds ASCII capitals onto small letters; no other byte becomes a
    /// small letter.
    static let lowercase: UInt64 = 0x2020_2020_2020_2020

    /// The high bit of each byte of `word` that equals `byte`.
    static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        zero(word ^ (UInt64(byte) &* ones))
    }

    /// The high bit of each zero byte.
    static func zero(_ word: UInt64) -> UInt64 {
        ~(((word & low7) &+ low7) | word) & high
    }

    /// The high bit of each byte below `limit`, which is at most `0x80`: a byte is below it
    /// when its high bit is clear and adding `0x80 - limit` to its low seven bits carries
    /// nothing into the high bit.
    static func below(_ word: UInt64, _ limit: UInt8) -> UInt64 {
        ~(((word & low7) &+ UInt64(0x80 - limit) &* ones) | word) & high
    }

    /// Whether a byte is a control character other than tab and line feed, or DEL: what the
    /// normalizer drops from a line.
    static func hasDroppedControl(_ word: UInt64) -> Bool {
        let allowed = equal(word, 0x09) | equal(word, 0x0A)
        return (below(word, 0x20) & ~allowed) | equal(word, 0x7F) != 0
    }
}
