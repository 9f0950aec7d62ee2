/// A topic's words, each with its uses and the highest title or lead weight holding it, kept
/// by their UTF-8 bytes. The search index counts every word of every fact into one of these:
/// a word is found by a hash of its bytes, with no string made and no hasher seeded per use;
/// each distinct word becomes a string once, when the weights are read out.
struct WordCounts {
    private struct Entry {
        var start: Int
        var length: Int
        var hash: UInt64
        var uses = 0
        var bonus = 0
    }

    /// Every word's bytes, one after another.
    private var bytes: [UInt8] = []
    private var entries: [Entry] = []
    /// Open addressing: an entry's index plus one, or 0 for a free slot; a power of two long.
    private var slots: [Int32]

    init(expected: Int) {
        var capacity = 16
        while capacity < expected * 2 { capacity *= 2 }
        slots = Array(repeating: 0, count: capacity)
        entries.reserveCapacity(expected)
        bytes.reserveCapacity(expected * 8)
    }

    /// One more use of `word`.
    mutating func add(_ word: UnsafeBufferPointer<UInt8>) {
        entries[entry(for: word)].uses += 1
    }

    /// `word` stands in a title or lead of weight `weight`.
    mutating func raise(_ word: UnsafeBufferPointer<UInt8>, to weight: Int) {
        let index = entry(for: word)
        entries[index].bonus = max(entries[index].bonus, weight)
    }

    /// Each word once with its weight: the bonus plus its uses, up to `cap` of them.
    func weights(cappingUsesAt cap: Int) -> [(word: String, weight: Int)] {
        bytes.withUnsafeBufferPointer { all in
            entries.map { entry in
                let word = String(decoding: UnsafeBufferPointer(rebasing: all[entry.start..<entry.start + entry.length]), as: UTF8.self)
                return (word, entry.bonus + min(entry.uses, cap))
            }
        }
    }

    /// The index of `word`'s entry, made if the word is new.
    private mutating func entry(for word: UnsafeBufferPointer<UInt8>) -> Int {
        let hash = Self.hash(word)
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            let entry = entries[index]
            if entry.hash == hash, entry.length == word.count,
               bytes.withUnsafeBufferPointer({ $0[entry.start..<entry.start + entry.length].elementsEqual(word) }) {
                return index
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        let index = entries.count
        entries.append(Entry(start: bytes.count, length: word.count, hash: hash))
        bytes.append(contentsOf: word)
        slots[slot] = Int32(index + 1)
        if entries.count * 2 > slots.count { grow() }
        return index
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & (slots.count - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(index + 1)
        }
    }

    /// FNV-1a over the bytes, its high bits folded into the low ones that pick a slot.
    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash ^ (hash >> 32)
    }
}
