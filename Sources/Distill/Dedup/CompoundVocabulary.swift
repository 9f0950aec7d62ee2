/// Words a corpus writes as one (`geoproximity`), which two adjacent words may spell
/// (`geo proximity`). Nearly every pair of adjacent words is asked about and nearly none is
/// such a word: a pair is first screened by the bytes around its join, so most pairs are
/// turned away without joining them.
struct CompoundVocabulary: Sendable {
    let words: Set<String>
    /// One bit for each way of cutting each word of the vocabulary in two, found by `slot`: a
    /// pair whose bit is clear spells no word. Sized about sixteen bits a cut, so few pairs
    /// that spell none find their bit set.
    private let cuts: [UInt64]
    /// How far a hash is shifted to give a bit of `cuts` (64 less the bits a slot takes).
    private let shift: UInt64

    init(_ words: Set<String> = []) {
        self.words = words
        let cutCount = words.reduce(0) { $0 + max(0, $1.utf8.count - 1) }
        var slotBits: UInt64 = 12
        while slotBits < 24 && 1 << slotBits < cutCount * 16 { slotBits += 1 }
        shift = 64 - slotBits
        var cuts = [UInt64](repeating: 0, count: words.isEmpty ? 0 : 1 << (slotBits - 6))
        for word in words {
            let bytes = Array(word.utf8)
            for cut in bytes.indices.dropFirst() {
                let slot = Self.slot(WordEdges(bytes[..<cut]), WordEdges(bytes[cut...]), shift: shift)
                cuts[slot >> 6] |= 1 << UInt64(slot & 63)
            }
        }
        self.cuts = cuts
    }

    var isEmpty: Bool { words.isEmpty }

    /// Whether `first` and `second`, written together, are a word of the vocabulary.
    func contains(joining first: String, _ second: String) -> Bool {
        guard !words.isEmpty else { return false }
        if let left = WordEdges(first), let right = WordEdges(second) {
            let slot = Self.slot(left, right, shift: shift)
            guard cuts[slot >> 6] & 1 << UInt64(slot & 63) != 0 else { return false }
        }
        return words.contains(first + second)
    }

    /// The bit of the word that `left` and `right` would spell together: a hash of its first
    /// and last byte, the bytes either side of the join and its length.
    private static func slot(_ left: WordEdges, _ right: WordEdges, shift: UInt64) -> Int {
        let length = UInt64(min(left.count + right.count, 0xFFFF))
        let key = UInt64(left.first) | UInt64(left.last) << 8 | UInt64(right.first) << 16 | UInt64(right.last) << 24 | length << 32
        return Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}
