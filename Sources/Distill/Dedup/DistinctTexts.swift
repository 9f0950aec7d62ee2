/// The distinct strings of a list of lists, and where each item's string sits among them.
/// Notes repeat each other word for word (copies of one handout, one source quoting another),
/// and what dedupe works out for a fact's text depends on the text alone, so each distinct
/// text is worked on once and the result handed to every fact that says it.
struct DistinctTexts {
    /// Each string once, in order of first appearance.
    let texts: [String]
    /// For each list, the position in `texts` of each of its items.
    let positions: [[Int]]
    /// How many items say each text.
    let counts: [Int]

    init(_ lists: [[String]]) {
        // The strings are hashed on all cores; the serial pass that numbers them in order then
        // compares hashes, and strings only when their hashes are equal. `hashValue` and `==`
        // are the ones a `Dictionary` of strings uses, so texts count as the same exactly when
        // they would as its keys.
        let hashes = Parallel.map(lists) { list in list.map(\.hashValue) }
        let total = lists.reduce(0) { $0 + $1.count }
        var capacity = 16
        while capacity < total * 2 { capacity <<= 1 }
        let mask = capacity - 1
        // Each slot holds a text's position plus one, or 0 when empty; probed linearly.
        var slots = [Int32](repeating: 0, count: capacity)
        var texts: [String] = []
        var textHashes: [Int] = []
        var counts: [Int] = []
        positions = zip(lists, hashes).map { list, listHashes in
            var out: [Int] = []
            out.reserveCapacity(list.count)
            for (text, hash) in zip(list, listHashes) {
                var slot = hash & mask
                while true {
                    let held = Int(slots[slot]) - 1
                    if held < 0 {
                        slots[slot] = Int32(texts.count + 1)
                        out.append(texts.count)
                        texts.append(text)
                        textHashes.append(hash)
                        counts.append(1)
                        break
                    }
                    if textHashes[held] == hash && texts[held] == text {
                        counts[held] += 1
                        out.append(held)
                        break
                    }
                    slot = (slot + 1) & mask
                }
            }
            return out
        }
        self.texts = texts
        self.counts = counts
    }

    /// `transform` of each distinct text, worked out on all cores.
    func map<Value: Sendable>(_ transform: @Sendable (Int, String) -> Value) -> [Value] {
        Parallel.map(Array(texts.indices), inChunksOf: 256) { transform($0, texts[$0]) }
    }

    /// Values of the distinct texts laid out like the lists: each item gets its text's.
    func expand<Value>(_ values: [Value]) -> [[Value]] {
        positions.map { list in list.map { values[$0] } }
    }
}
