import Foundation

/// What the whole corpus says about each token: how many facts use it (rare words weigh
/// more) and how often it is written as a name.
struct CorpusStatistics: Sendable {
    private(set) var documentFrequency: [String: Int] = [:]
    private var nameCount: [String: Int] = [:]
    private(set) var factCount = 0

    /// The statistics of facts with these signatures; `counts`, when given, says how many
    /// facts have each signature (one each without it).
    init(_ signatures: [FactSignature], counts: [Int]? = nil) {
        // Slices are counted on all cores; sums do not depend on the order they are taken in.
        for part in signatures.mapWeightedSlices(counts: counts, Self.init(counting:)) {
            factCount += part.factCount
            documentFrequency.merge(part.documentFrequency, uniquingKeysWith: +)
            nameCount.merge(part.nameCount, uniquingKeysWith: +)
        }
    }

    /// The counts of one slice of the corpus: each signature with how many facts have it.
    private init(counting signatures: WeightedSlice<FactSignature>) {
        var (factCount, documentFrequency, nameCount) = (0, [String: Int](), [String: Int]())
        signatures.forEach { signature, count in
            factCount += count
            for token in signature.tokens { documentFrequency[token, default: 0] += count }
            for name in signature.writtenNames { nameCount[name, default: 0] += count }
        }
        (self.factCount, self.documentFrequency, self.nameCount) = (factCount, documentFrequency, nameCount)
    }

    /// Inverse document frequency: high for rare tokens.
    func weight(_ token: String) -> Double {
        weight(frequency: documentFrequency[token] ?? 0)
    }

    /// The weight of a token that `frequency` facts use.
    func weight(frequency: Int) -> Double {
        log(Double(factCount + 1) / Double(frequency + 1)) + 0.1
    }

    /// Whether a token is a name across the corpus: written as one in most facts that use it.
    func isName(_ token: String) -> Bool {
        guard let frequency = documentFrequency[token], frequency > 0 else { return false }
        return Double(nameCount[token] ?? 0) >= 0.6 * Double(frequency)
    }
}
