/// Finds, among the facts kept so far, one that says the same as a new fact in other words.
///
/// Candidates come from an inverted index over each fact's rarest tokens (blocking), so a
/// fact is compared with a handful of others, never with all. A candidate matches when the
/// weighted overlap of their tokens (rare words count more) is high, neither names a subject
/// the other lacks, and they agree on every number and on negation. A pair that would match
/// but for its numbers or a negation is a conflict instead.
struct NearDuplicateMatcher {
    /// Weighted cosine similarity at or above which two facts are the same fact.
    var mergeThreshold = 0.65
    /// Similarity at or above which two facts that disagree are a conflict.
    var conflictThreshold = 0.8
    /// The shorter fact must have this many tokens when one names something the other does not.
    var minimumTokensWithExtraNames = 4
    /// Tokens used by more facts than this are too common to find candidates by.
    static let maximumPostings = 80
    /// How many of a fact's rarest tokens are looked up.
    static let lookupTokens = 6

    /// Every token of the corpus by number, with its weight and document frequency.
    let table: TokenTable
    /// The signature of every text the matcher may see, by number.
    let signatures: [FactSignature]
    /// Each text's profile: what matching needs of its signature that depends on the corpus
    /// alone, worked out on all cores before the serial matching.
    private let profiles: [TokenProfile]
    /// Each kept fact's text, by number.
    private var keptTexts: [Int] = []
    /// Each kept fact's summed token weight.
    private var norms: [Double] = []
    /// Kept facts by the number of each of their rare tokens.
    private var postings: [[Int]]
    /// Each kept fact's tokens as kept numbers, ascending, so a comparison sums the shared
    /// weights in the same order every run: all facts' lists one after another, fact `k`'s
    /// from `tokenStarts[k]` to `tokenStarts[k + 1]`. One buffer, where a list per fact made
    /// each comparison retain and release the fact's list.
    private var keptTokens: [Int32] = []
    private var tokenStarts: [Int] = [0]
    /// For each token of the table, its kept number: tokens are numbered in the order they
    /// are first kept (sorted within a fact), or -1 before.
    private var keptNumbers: [Int]
    /// Each kept number's weight.
    private var tokenWeights: [Double] = []
    /// Whether each kept fact states no number, so a candidate is screened from one dense list
    /// before its profile is read.
    private var numberless: [Bool] = []
    /// For each kept number, the last query that holds the token: a comparison looks a kept
    /// fact's tokens up here instead of walking two lists side by side.
    private var queryMarks: [UInt32] = []
    /// The query being matched; starts at 1, so no token is marked before the first.
    private var query: UInt32 = 0
    /// For each kept fact, the last query that found it a candidate.
    private var candidateMarks: [UInt32] = []
    /// The last query's candidates: one list, emptied and refilled for each query.
    private var candidates: [Int] = []

    /// Similarity at or above which two facts are reported as suspected duplicates.
    var suspicionThreshold = 0.58

    enum Outcome {
        case duplicate(of: Int)
        case conflict(with: Int, reason: String)
        /// Not similar enough to merge, too similar to ignore: the user should look.
        case suspected(of: Int, similarity: Double)
        case none
    }

    /// `table` must number every token of `signatures`, the texts to match, which are then
    /// passed by their position.
    init(table: TokenTable, signatures: [FactSignature]) {
        self.table = table
        self.signatures = signatures
        self.profiles = Parallel.map(signatures, inChunksOf: 256) { signature in
            table.profile(signature, maximumPostings: Self.maximumPostings, lookupTokens: Self.lookupTokens)
        }
        self.postings = Array(repeating: [], count: table.count)
        self.keptNumbers = Array(repeating: -1, count: table.count)
    }

    /// The best match for text `text` among the facts added so far.
    mutating func match(text: Int) -> Outcome {
        // The two lists are taken from the profile, not the profile: a copy of it would retain
        // all five of its lists.
        let (tokens, lookups) = (profiles[text].tokens, profiles[text].lookups)
        // Tokens no kept fact has cannot be shared with one.
        query += 1
        for token in tokens where keptNumbers[token] >= 0 { queryMarks[keptNumbers[token]] = query }
        collectCandidates(lookingUp: lookups)
        guard !candidates.isEmpty else { return .none }
        return profiles.withUnsafeBufferPointer { profiles in
            match(text, candidates: candidates, among: profiles)
        }
    }

    /// `match(text:)` with the profiles read in place: copying one retains each of its
    /// lists. The query's tokens are marked in `queryMarks`.
    private func match(_ text: Int, candidates: [Int], among profiles: UnsafeBufferPointer<TokenProfile>) -> Outcome {
        let query = profiles.baseAddress! + text
        var best: (index: Int, similarity: Double)?
        var nearest: (index: Int, similarity: Double)?
        var conflict: (index: Int, similarity: Double, reason: String)?
        let queryNorm = query.pointee.norm
        let (queryNumberless, queryTokenCount) = (query.pointee.numbers.isEmpty, query.pointee.tokens.count)
        for candidate in candidates {
            // A fact with numbers and one without cannot be compared on them: keep both.
            if queryNumberless != numberless[candidate] { continue }
            // The shared weight is at most the smaller norm, so the similarity is at most
            // √(smaller / larger): a pair of very different weights cannot reach the lowest
            // threshold. The margin keeps rounding from skipping a pair at the threshold.
            let (small, large) = queryNorm < norms[candidate] ? (queryNorm, norms[candidate]) : (norms[candidate], queryNorm)
            if small < large * suspicionThreshold * suspicionThreshold * (1 - 1e-9) { continue }
            let similarity = cosine(tokenCount: queryTokenCount, queryNorm, candidate)
            guard similarity >= suspicionThreshold else { continue }
            let kept = profiles.baseAddress! + keptTexts[candidate]
            guard !namesDisagree(query.pointee, kept.pointee) else { continue }
            if disagree(query.pointee, kept.pointee) {
                let threshold = isPlainDisagreement(query.pointee, kept.pointee) ? mergeThreshold : conflictThreshold
                if similarity >= threshold, Self.beats(candidate, similarity, conflict.map { ($0.index, $0.similarity) }) {
                    conflict = (candidate, similarity, disagreement(signatures[text], signatures[keptTexts[candidate]]))
                }
            } else if similarity >= mergeThreshold, Self.beats(candidate, similarity, best) {
                best = (candidate, similarity)
            } else if Self.beats(candidate, similarity, nearest) {
                nearest = (candidate, similarity)
            }
        }
        if let best { return .duplicate(of: best.index) }
        if let conflict { return .conflict(with: conflict.index, reason: conflict.reason) }
        if let nearest, nearest.similarity < mergeThreshold { return .suspected(of: nearest.index, similarity: nearest.similarity) }
        return .none
    }

    /// Whether kept fact `index`, `similarity` alike, is a better match than `current`: more
    /// alike, or as alike and kept earlier. So the candidates may come in any order.
    private static func beats(_ index: Int, _ similarity: Double, _ current: (index: Int, similarity: Double)?) -> Bool {
        guard let current else { return similarity > 0 }
        return similarity > current.similarity || (similarity == current.similarity && index < current.index)
    }

    /// Makes a fact with text `text` findable as the next kept fact.
    mutating func add(text: Int) {
        let (tokens, indexed) = (profiles[text].tokens, profiles[text].indexed)
        let index = keptTexts.count
        keptTexts.append(text)
        numberless.append(profiles[text].numbers.isEmpty)
        candidateMarks.append(0)
        norms.append(profiles[text].norm)
        let start = keptTokens.count
        for token in tokens {
            if keptNumbers[token] < 0 {
                keptNumbers[token] = tokenWeights.count
                tokenWeights.append(table.weights[token])
                queryMarks.append(0)
            }
            keptTokens.append(Int32(keptNumbers[token]))
        }
        keptTokens[start...].sort()
        tokenStarts.append(keptTokens.count)
        // Every token rare enough is indexed; a query looks up only its rarest few.
        for token in indexed { postings[token].append(index) }
    }

    /// Puts in `candidates` the kept facts that share one of `lookups` (a profile's rarest
    /// tokens), each once, in no particular order: `match` breaks ties by the earlier kept fact.
    private mutating func collectCandidates(lookingUp lookups: [Int]) {
        candidates.removeAll(keepingCapacity: true)
        for token in lookups {
            for index in postings[token] where candidateMarks[index] != query {
                candidateMarks[index] = query
                candidates.append(index)
            }
        }
    }

    /// The similarity of the query, of `tokenCount` tokens marked in `queryMarks`, and the kept
    /// fact `candidate`. Its tokens are read in ascending order, so the shared weights are
    /// summed in the same order every run.
    private func cosine(tokenCount: Int, _ normA: Double, _ candidate: Int) -> Double {
        let (start, end) = (tokenStarts[candidate], tokenStarts[candidate + 1])
        guard min(tokenCount, end - start) >= 3 else { return 0 }
        var shared = 0.0
        for position in start..<end {
            let token = Int(keptTokens[position])
            if queryMarks[token] == query { shared += tokenWeights[token] }
        }
        return shared / (normA * norms[candidate]).squareRoot()
    }

    /// Both name a subject the other does not (`Lambda retries ...` / `Batch retries ...`),
    /// or one adds a name to a very short fact.
    private func namesDisagree(_ a: TokenProfile, _ b: TokenProfile) -> Bool {
        let extraA = namesAToken(of: a, outside: b)
        let extraB = namesAToken(of: b, outside: a)
        if extraA && extraB { return true }
        if (extraA || extraB) && min(a.tokens.count, b.tokens.count) < minimumTokensWithExtraNames { return true }
        return false
    }

    /// Whether a token of `a` that `b` lacks is a name: written as one in `a`, or one in the
    /// corpus. Both token lists are ascending, so they are walked side by side.
    private func namesAToken(of a: TokenProfile, outside b: TokenProfile) -> Bool {
        var cursor = 0
        for (position, token) in a.tokens.enumerated() where a.kinds[position] & TokenProfile.name != 0 {
            if !Self.contains(token, in: b.tokens, from: &cursor) { return true }
        }
        return false
    }

    /// Whether `token` is in the ascending `tokens`, reading on from `cursor`, which it moves
    /// up to the token: tokens asked in ascending order walk the list once.
    private static func contains(_ token: Int, in tokens: [Int], from cursor: inout Int) -> Bool {
        while cursor < tokens.count && tokens[cursor] < token { cursor += 1 }
        return cursor < tokens.count && tokens[cursor] == token
    }

    /// One stated quantity on each side, or a negation between facts of about the same length:
    /// a disagreement plain enough to report from the merge threshold on. Facts with several
    /// numbers often only write them differently (`300 msgs/s, 3000 with` / `3000/s`).
    private func isPlainDisagreement(_ a: TokenProfile, _ b: TokenProfile) -> Bool {
        if a.negated != b.negated { return abs(a.tokens.count - b.tokens.count) <= 1 }
        return a.numbers.count == 1 && b.numbers.count == 1
    }

    /// Whether two similar facts cannot be the same: different numbers, or one negates the other.
    private func disagree(_ a: TokenProfile, _ b: TokenProfile) -> Bool {
        if a.negated != b.negated { return true }
        if a.numbers == b.numbers { return false }
        let (small, large) = a.numbers.count <= b.numbers.count ? (a, b) : (b, a)
        // Only a single stated quantity is safe to find inside a longer fact: with two or more,
        // the longer one may change one of them (`1 day default, 7 max` / `1 day, 365 max`).
        guard small.numbers.count == 1, large.numbers.contains(small.numbers[0]) else { return true }
        // A fact that restates part of a longer one, numbers included, agrees with it; two
        // facts of the same length with different numbers do not. The longer one must add two
        // words (tokens that are no number) the shorter lacks.
        var addedWords = 0
        var cursor = 0
        for (position, token) in large.tokens.enumerated() where large.kinds[position] & TokenProfile.number == 0 {
            if !Self.contains(token, in: small.tokens, from: &cursor) {
                addedWords += 1
                if addedWords == 2 { return false }
            }
        }
        return true
    }

    /// Why two facts `disagree`, as the conflict report says it.
    private func disagreement(_ a: FactSignature, _ b: FactSignature) -> String {
        if a.negated != b.negated { return "polarity differs: one fact negates the other" }
        let left = a.folded.numbers.joined(separator: ", ")
        let right = b.folded.numbers.joined(separator: ", ")
        return "numbers differ: \(left.isEmpty ? "none" : left) vs \(right.isEmpty ? "none" : right)"
    }
}

/// Every token of a corpus's signatures, numbered in sorted order, with its weight and its
/// document frequency: the matcher's serial loop reads arrays where it would hash strings.
struct TokenTable: Sendable {
    private let numbers: [String: Int]
    let weights: [Double]
    let frequencies: [Int]
    /// What each token is (see `TokenProfile.kinds`): a name across the corpus
    /// (`CorpusStatistics.isName`), a number or a quantity (`#15.0`, `#s:900.0`).
    let kinds: [UInt8]

    /// `tokens` must hold every token of the signatures the matcher will see (duplicates are fine).
    init(_ tokens: some Sequence<String>, statistics: CorpusStatistics) {
        let sorted = Set(tokens).sorted()
        numbers = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1, $0) })
        frequencies = sorted.map { statistics.documentFrequency[$0] ?? 0 }
        weights = frequencies.map(statistics.weight(frequency:))
        kinds = sorted.map { (statistics.isName($0) ? TokenProfile.name : 0) | ($0.hasPrefix("#") ? TokenProfile.number : 0) }
    }

    var count: Int { weights.count }

    /// The signature's profile: tokens with a document frequency up to `maximumPostings` are
    /// indexed, and the `lookupTokens` rarest of them looked up.
    func profile(_ signature: FactSignature, maximumPostings: Int, lookupTokens: Int) -> TokenProfile {
        let numbers = signature.tokens.map(number(of:)).sorted()
        // Added in sorted order, so every run gets the same bits.
        var norm = 0.0
        var indexed: [Int] = []
        for token in numbers {
            norm += weights[token]
            if frequencies[token] <= maximumPostings { indexed.append(token) }
        }
        let frequencies = frequencies
        let lookups = indexed.sorted { (frequencies[$0], $0) < (frequencies[$1], $1) }.prefix(lookupTokens)
        var kinds = numbers.map { self.kinds[$0] }
        // A text writes few names: each is found among the tokens, not each token among them.
        for name in signature.writtenNames {
            if let token = self.numbers[name], let position = Self.position(of: token, in: numbers) { kinds[position] |= TokenProfile.name }
        }
        return TokenProfile(
            tokens: numbers, norm: norm, indexed: indexed, lookups: Array(lookups), kinds: kinds,
            numbers: signature.numbers.map(number(of:)).sorted(), negated: signature.negated)
    }

    /// Where `token` is in the ascending `tokens`, if it is there.
    private static func position(of token: Int, in tokens: [Int]) -> Int? {
        var (low, high) = (0, tokens.count)
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle] < token { low = middle + 1 } else { high = middle }
        }
        return low < tokens.count && tokens[low] == token ? low : nil
    }

    func number(of token: String) -> Int {
        guard let number = numbers[token] else { preconditionFailure("token '\(token)' is not in the table") }
        return number
    }
}

/// A signature's tokens by `TokenTable` number, ascending (their sorted order), with what the
/// matcher works out from them: made once per distinct text, on all cores.
struct TokenProfile: Sendable {
    let tokens: [Int]
    /// The tokens' summed weight.
    let norm: Double
    /// The tokens rare enough to be indexed.
    let indexed: [Int]
    /// The rarest few of those, which a query looks up.
    let lookups: [Int]
    /// What each token is, in bits: `name` when written as one in the text or one across the
    /// corpus, `number` for a number or a quantity.
    let kinds: [UInt8]
    /// The numbers the text states (`FactSignature.numbers`), by number, ascending.
    let numbers: [Int]
    let negated: Bool

    static let name: UInt8 = 1
    static let number: UInt8 = 2
}
