import Foundation
import Testing

@testable import Distill

/// Scores the deduplicator against hand-labelled pairs of facts from the seed notes
/// (`Fixtures/dedup/labeled-pairs.json`): cross-source pairs labelled `duplicate`,
/// `conflict`, `related` or `distinct`, with hard cases (changed numbers, negations, the
/// same words about a different subject). Each pair runs through the real `Deduplicator`
/// as two notes; the printed table gives precision, recall and F1.
@Suite struct DedupEvaluationTests {
    struct Side: Decodable {
        var text: String
        var topic: String
        var file: String
        var line: Int
    }

    struct LabeledPair: Decodable {
        var id: Int
        var label: String
        var a: Side
        var b: Side
    }

    enum Verdict: String { case duplicate, conflict, other }

    static let pairs: [LabeledPair] = {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
            .appendingPathComponent("dedup/labeled-pairs.json")
        return (try? JSONDecoder().decode([LabeledPair].self, from: Data(contentsOf: url))) ?? []
    }()

    /// Word statistics of the seed corpus the pairs come from, as a build of it would have.
    static let statistics = CorpusStatistics(SeedBuild.result.graph.facts.map { FactSignature($0.text) })
    static let spelling = SpellingVariants.corrections(SeedBuild.result.graph.facts.flatMap { $0.wordings.map(FoldedText.init) })
    static let acronyms = AcronymGlossary(learningFrom: SeedBuild.result.graph.facts.flatMap(\.wordings) + SeedBuild.result.graph.topics.map(\.title))

    static func verdict(_ pair: LabeledPair) -> Verdict {
        // Two sides from one file still come from two notes, as two sources would.
        let fileB = pair.a.file == pair.b.file ? pair.b.file + " (second)" : pair.b.file
        let graph = Deduplicator().dedupe(
            [FactMaker.note(pair.a.file, [(pair.a.topic, pair.a.text)]), FactMaker.note(fileB, [(pair.b.topic, pair.b.text)])],
            sources: [], statistics: statistics, spelling: spelling, acronyms: acronyms
        )
        if graph.facts.count == 1 { return .duplicate }
        if !graph.conflicts.isEmpty { return .conflict }
        return .other
    }

    struct Score: CustomStringConvertible {
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
        var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        var description: String {
            String(format: "precision %.2f  recall %.2f  F1 %.2f  (tp %d, fp %d, fn %d)", precision, recall, f1, truePositives, falsePositives, falseNegatives)
        }

        mutating func add(expected: Bool, predicted: Bool) {
            switch (expected, predicted) {
            case (true, true): truePositives += 1
            case (false, true): falsePositives += 1
            case (true, false): falseNegatives += 1
            case (false, false): break
            }
        }
    }

    @Test func labeledSetIsLargeAndVaried() {
        let counts = Dictionary(grouping: Self.pairs, by: \.label).mapValues(\.count)
        #expect(Self.pairs.count >= 200)
        #expect(Set(counts.keys) == ["duplicate", "conflict", "related", "distinct"])
        #expect(Set(Self.pairs.map(\.id)).count == Self.pairs.count)
    }

    @Test func scoreAgainstLabels() {
        var duplicate = Score()
        var conflict = Score()
        var mergedConflicts: [Int] = []
        var wrongMerges: [String] = []
        let verbose = ProcessInfo.processInfo.environment["DEDUP_EVAL_VERBOSE"] == "1"
        for pair in Self.pairs {
            let verdict = Self.verdict(pair)
            if verbose && (verdict == .duplicate) != (pair.label == "duplicate") || verbose && (verdict == .conflict) != (pair.label == "conflict") {
                print("  #\(pair.id) labelled \(pair.label), judged \(verdict.rawValue): \(pair.a.text.prefix(70)) | \(pair.b.text.prefix(70))")
            }
            duplicate.add(expected: pair.label == "duplicate", predicted: verdict == .duplicate)
            conflict.add(expected: pair.label == "conflict", predicted: verdict == .conflict)
            if pair.label == "conflict" && verdict == .duplicate { mergedConflicts.append(pair.id) }
            if pair.label != "duplicate" && verdict == .duplicate { wrongMerges.append("#\(pair.id) \(pair.a.text) | \(pair.b.text)") }
        }
        print("dedupe evaluation on \(Self.pairs.count) labelled pairs")
        print("  duplicate: \(duplicate)")
        print("  conflict:  \(conflict)")
        print("  conflict pairs merged: \(mergedConflicts.count)")
        #expect(mergedConflicts.isEmpty, "a conflict was merged: \(mergedConflicts)")
        #expect(duplicate.precision >= 0.90, "wrong merges: \(wrongMerges.prefix(5))")
        #expect(conflict.precision >= 0.80)
    }
}
