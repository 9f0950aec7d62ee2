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
        var index: [String: Int] = [:]
        var texts: [String] = []
        var counts: [Int] = []
        positions = lists.map { list in
            list.map { text in
                if let known = index[text] {
                    counts[known] += 1
                    return known
                }
                index[text] = texts.count
                texts.append(text)
                counts.append(1)
                return texts.count - 1
            }
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
