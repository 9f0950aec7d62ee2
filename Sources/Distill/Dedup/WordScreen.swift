/// A quick test that a word is not one of a set of words, asked before the set is: a word whose
/// first byte, last byte or length in bytes no word of the set has is turned away without
/// hashing it. Words that pass may still be missing from the set.
struct WordScreen: Sendable {
    /// For each first byte, and for each last byte, a bit for each length in bytes a word of
    /// the set has with it; lengths from 63 up share the last bit.
    private let byFirst: [UInt64]
    private let byLast: [UInt64]
    private let hasEmpty: Bool

    init(_ words: some Sequence<String>) {
        var byFirst = [UInt64](repeating: 0, count: 256)
        var byLast = [UInt64](repeating: 0, count: 256)
        var hasEmpty = false
        for word in words {
            guard let first = word.utf8.first, let last = word.utf8.last else {
                hasEmpty = true
                continue
            }
            let bit = Self.lengthBit(word.utf8.count)
            byFirst[Int(first)] |= bit
            byLast[Int(last)] |= bit
        }
        (self.byFirst, self.byLast, self.hasEmpty) = (byFirst, byLast, hasEmpty)
    }

    /// False when `word` is surely not in the set.
    func mayContain(_ word: String) -> Bool {
        guard let edges = WordEdges(word) else { return hasEmpty }
        return byFirst[Int(edges.first)] & byLast[Int(edges.last)] & Self.lengthBit(edges.count) != 0
    }

    private static func lengthBit(_ length: Int) -> UInt64 { 1 << UInt64(min(length, 63)) }
}
