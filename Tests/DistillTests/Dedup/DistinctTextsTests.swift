import Testing

@testable import Distill

/// Dedupe works on each distinct fact text once; what it counts must come out as if it had
/// read every fact.
@Suite struct DistinctTextsTests {
    static let notes = [
        ["Max object size is 5 TB", "Buckets are global", "Max object size is 5 TB"],
        [],
        ["Buckets are global", "Versioning keeps every version", "Max object size is 5 TB", "Buckets are global"],
    ]

    @Test func eachTextOnceWithWhereItStandsAndHowOften() {
        let distinct = DistinctTexts(Self.notes)
        #expect(distinct.texts == ["Max object size is 5 TB", "Buckets are global", "Versioning keeps every version"])
        #expect(distinct.counts == [3, 3, 1])
        #expect(distinct.positions == [[0, 1, 0], [], [1, 2, 0, 1]])
        #expect(distinct.expand(distinct.map { _, text in text.count }) == Self.notes.map { $0.map(\.count) })
    }

    @Test func weightedCountsEqualCountingEveryFact() {
        let distinct = DistinctTexts(Self.notes)
        let every = Self.notes.flatMap { $0 }
        let signatures = distinct.texts.map { FactSignature($0) }
        let weighted = CorpusStatistics(signatures, counts: distinct.counts)
        let counted = CorpusStatistics(every.map { FactSignature($0) })
        #expect(weighted.factCount == counted.factCount)
        #expect(weighted.documentFrequency == counted.documentFrequency)
        for token in counted.documentFrequency.keys { #expect(weighted.isName(token) == counted.isName(token)) }

        // A word said three times over by one repeated text is common; its slip, said once, is not.
        let texts = Array(repeating: "Chlorophyll absorbs light", count: 3) + ["Chlorophyl is green", "Respiration needs oxygen"]
        let distinctTexts = DistinctTexts([texts])
        let folded = distinctTexts.texts.map(FoldedText.init)
        #expect(SpellingVariants.corrections(folded, counts: distinctTexts.counts) == SpellingVariants.corrections(texts.map(FoldedText.init)))
        #expect(!SpellingVariants.corrections(texts.map(FoldedText.init)).isEmpty)
    }
}
