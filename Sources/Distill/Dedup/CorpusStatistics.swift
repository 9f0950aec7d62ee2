import Foundation

/// What the whole corpus says about each token: how many facts use it (rare words weigh
/// more) and how often it is written as a name.
struct CorpusStatistics: Sendable {
    private(set) var documentFrequency: [String: Int] = [:]
    private var nameCount: [String: Int] = [:]
    private(set) var factCount = 0

    init(_ signatures: [FactSignature]) {
        // Slices are counted on all cores; sums do not depend on the order they are taken in.
        let slices = signatures.slices()
        for part in Parallel.map(slices, Self.init(counting:)) {
            factCount += part.factCount
            documentFrequency.merge(part.documentFrequency, uniquingKeysWith: +)
            nameCount.merge(part.nameCount, uniquingKeysWith: +)
        }
    }

    /// The counts of one slice of the corpus.
    private init(counting signatures: ArraySlice<FactSignature>) {
        for signature in signatures {
            factCount += 1
            for token in signature.tokens { documentFrequency[token, default: 0] += 1 }
            for name in signature.writtenNames { nameCount[name, default: 0] += 1 }
        }
    }

    /// Inverse document frequency: high for rare tokens.
    func weight(_ token: String) -> Double {
        log(Double(factCount + 1) / Double((documentFrequency[token] ?? 0) + 1)) + 0.1
    }

    /// Whether a token is a name across the corpus: written as one in most facts that use it.
    func isName(_ token: String) -> Bool {
        guard let frequency = documentFrequency[token], frequency > 0 else { return false }
        return Double(nameCount[token] ?? 0) >= 0.6 * Double(frequency)
    }
}
