/// Words a corpus writes as one (`geoproximity`), which two adjacent words may spell
/// (`geo proximity`). Nearly every pair of adjacent words is asked about and nearly none is
/// such a word: a pair is first screened by the first byte, last byte and length a word of
/// the vocabulary would have, so most pairs are turned away without joining them.
struct CompoundVocabulary: Sendable {
    let words: Set<String>
    /// For each first byte and last byte (`first << 8 | last`), a bit for each length in bytes
    /// a word of the vocabulary has with them; lengths from 63 up share the last bit.
    private let lengthMasks: [UInt64]

    init(_ words: Set<String> = []) {
        self.words = words
        var masks = [UInt64](repeating: 0, count: words.isEmpty ? 0 : 1 << 16)
        for word in words {
            guard let first = word.utf8.first, let last = word.utf8.last else { continue }
            masks[Self.slot(first, last)] |= Self.lengthBit(word.utf8.count)
        }
        lengthMasks = masks
    }

    var isEmpty: Bool { words.isEmpty }

    /// Whether `first` and `second`, written together, are a word of the vocabulary.
    func contains(joining first: String, _ second: String) -> Bool {
        guard !words.isEmpty, let head = first.utf8.first ?? second.utf8.first, let tail = second.utf8.last ?? first.utf8.last
        else { return false }
        guard lengthMasks[Self.slot(head, tail)] & Self.lengthBit(first.utf8.count + second.utf8.count) != 0 else { return false }
        return words.contains(first + second)
    }

    private static func slot(_ first: UInt8, _ last: UInt8) -> Int { Int(first) << 8 | Int(last) }

    private static func lengthBit(_ length: Int) -> UInt64 { 1 << UInt64(min(length, 63)) }
}
