import Testing

@testable import Distill

@Suite struct SpellingVariantsTests {
    private func corrections(_ texts: [String]) -> [String: String] {
        SpellingVariants.corrections(texts.map(FoldedText.init))
    }

    private let common = [
        "Chlorophyll absorbs light", "Chlorophyll is green", "Chlorophyll sits in chloroplasts",
        "Respiration releases energy", "Respiration needs oxygen", "Respiration happens in mitochondria",
    ]

    @Test func aSlipWrittenOnceMeetsTheCommonSpelling() {
        let found = corrections(common + ["Chlorophyl reflects green", "Respriation is slow", "Respirattion"])
        #expect(found["chlorophyl"] == "chlorophyll")
        #expect(found["respriation"] == "respiration")
        #expect(found["respirattion"] == "respiration")
    }

    @Test func aChangedLetterIsAnotherWord() {
        #expect(corrections(common + ["Respiratoon is slow"])["respiratoon"] == nil)
    }

    @Test func wordsWrittenOftenAreLeftAlone() {
        let found = corrections(common + ["Chlorophyl one", "Chlorophyl two"])
        #expect(found["chlorophyl"] == nil)
    }

    @Test(arguments: [("recieve", "receive", true), ("adminstrator", "administrator", true), ("billion", "billing", false), ("sorting", "storing", false)])
    func slips(_ a: String, _ b: String, _ expected: Bool) {
        #expect(SpellingVariants.oneSlipApart(a, b) == expected)
    }

    @Test func factsWithASlipShareTheirTokens() {
        let spelling = corrections(common + ["Chlorophyl absorbs light"])
        let slipped = FactSignature("Chlorophyl absorbs light", spelling: spelling).tokens
        #expect(slipped == FactSignature("Chlorophyll absorbs light").tokens)
    }
}
