/// Misspellings the notes make once of a word they spell right elsewhere (`wearhouse`,
/// `funcitons`, `cretion`): each maps to the common spelling, so the facts still meet.
///
/// A word written only once is compared with the words written at least three times by
/// their one-letter deletions (a deletion index, so no word of the vocabulary is compared
/// with every other): two words a slip apart — a letter added or dropped, or two neighbours
/// swapped — share a deletion; the pair is then checked to be one such slip. Only long words
/// starting with the same letter are matched, and only when the common spelling is unambiguous.
enum SpellingVariants {
    /// Words shorter than this are never corrected: short words one letter apart are often
    /// different words (`unload`, `upload`).
    static let minimumLength = 7
    /// Longer runs of letters are no words; their deletions would cost the square of their length.
    static let maximumLength = 30
    /// The common spelling must be written at least this often.
    static let minimumCount = 3

    /// The rare spelling → the common one.
    /// `counts`, when given, says how many times each text is said (once each without it).
    static func corrections(_ folded: [FoldedText], counts textCounts: [Int]? = nil) -> [String: String] {
        // Slices of the texts are counted on all cores; sums do not depend on their order.
        var counts: [String: Int] = [:]
        for part in folded.mapWeightedSlices(counts: textCounts, Self.wordCounts(in:)) {
            counts.merge(part, uniquingKeysWith: +)
        }
        // Each common word under itself and under each of its one-letter deletions.
        let commonWords = counts.compactMap { $0.value >= minimumCount ? $0.key : nil }
        var byDeletion: [String: [String]] = [:]
        byDeletion.reserveCapacity(commonWords.reduce(0) { $0 + 1 + $1.utf8.count })
        for word in commonWords {
            byDeletion[word, default: []].append(word)
            for variant in word.distinctOneLetterDeletions { byDeletion[variant, default: []].append(word) }
        }
        // Words written once are matched on all cores; each reads the index and nothing else.
        let once = counts.compactMap { $0.value == 1 ? $0.key : nil }
        let (common, index) = (counts, byDeletion)
        let found = Parallel.map(once, inChunksOf: 512) { correction(of: $0, counts: common, byDeletion: index) }
        var out: [String: String] = [:]
        for (word, correction) in zip(once, found) {
            if let correction { out[word] = correction }
        }
        return out
    }

    /// The one common spelling a word written once is a slip of, if there is exactly one
    /// most common such spelling.
    private static func correction(of word: String, counts: [String: Int], byDeletion: [String: [String]]) -> String? {
        var found = Set<String>()
        for key in [word] + word.distinctOneLetterDeletions {
            for common in byDeletion[key] ?? [] where common.first == word.first && oneSlipApart(word, common) {
                found.insert(common)
            }
        }
        let best = found.sorted { (counts[$0] ?? 0, $1) > (counts[$1] ?? 0, $0) }
        guard let first = best.first else { return nil }
        // Two equally common candidates: no way to tell which was meant.
        if best.count > 1, counts[best[1]] == counts[first] { return nil }
        return first
    }

    /// How often each word that may be corrected or be a correction is written in `folded`.
    private static func wordCounts(in folded: WeightedSlice<FoldedText>) -> [String: Int] {
        var counts: [String: Int] = [:]
        folded.forEach { text, times in
            for word in text.words where isWordToMatch(word) { counts[word, default: 0] += times }
        }
        return counts
    }

    /// Letters only, of `minimumLength` to `maximumLength` characters. ASCII words are read on
    /// their bytes, one a character; a word of fewer bytes than `minimumLength` is too short
    /// in any script.
    private static func isWordToMatch(_ word: String) -> Bool {
        let bytes = word.utf8
        guard bytes.count >= minimumLength else { return false }
        if word.isAllASCII {
            return bytes.count <= maximumLength && bytes.allSatisfy(\.isASCIILetter)
        }
        return (minimumLength...maximumLength).contains(word.count) && word.allSatisfy(\.isLetter)
    }

    /// A letter added, dropped, or two neighbours swapped. A changed letter is not a slip:
    /// it too often makes another word (`billion`, `billing`; `routine`, `routing`).
    static func oneSlipApart(_ a: String, _ b: String) -> Bool {
        let (x, y) = (Array(a), Array(b))
        if x.count == y.count {
            let differing = x.indices.filter { x[$0] != y[$0] }
            return differing.count == 2 && differing[1] == differing[0] + 1
                && x[differing[0]] == y[differing[1]] && x[differing[1]] == y[differing[0]]
        }
        let (long, short) = x.count > y.count ? (x, y) : (y, x)
        guard long.count == short.count + 1 else { return false }
        var index = 0
        while index < short.count, long[index] == short[index] { index += 1 }
        return long[(index + 1)...].elementsEqual(short[index...])
    }
}
