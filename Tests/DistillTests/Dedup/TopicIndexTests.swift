import Testing

@testable import Distill

@Suite struct TopicIndexTests {
    private func index(_ titlesBySource: [[String]]) -> TopicIndex {
        var index = TopicIndex(vocabulary: TopicVocabulary(rootTitlesBySource: titlesBySource))
        for titles in titlesBySource {
            for title in titles { _ = index.topic(for: [title], origin: nil) }
        }
        return index
    }

    private func roots(_ index: TopicIndex) -> [String] {
        index.topics.filter { $0.parent == nil }.map(\.title)
    }

    @Test func learnedQualifierPrefixIsDropped() {
        let topics = index([
            ["Unit – Cells", "Unit – Genetics", "Unit – Evolution", "Unit – Ecology"],
            ["Genetics", "Ecology"],
        ])
        #expect(roots(topics) == ["Cells", "Genetics", "Evolution", "Ecology"])
    }

    @Test func acronymsTheNotesDefineJoinTheirExpansion() {
        let topics = index([["Central Processing Unit (CPU)", "Memory"], ["CPU", "Memory"]])
        #expect(roots(topics) == ["Central Processing Unit (CPU)", "Memory"])
    }

    @Test func longNamesOneLetterApartAreOneTopic() {
        let topics = index([["Photosynthesis"], ["Photosynthessis", "Respiration"]])
        #expect(roots(topics) == ["Photosynthesis", "Respiration"])
    }

    @Test func placingNotesGivesEachEntryTheTopicItsHeadingReadsAs() {
        let notes = [
            FactMaker.note("a.md", [("Photosynthesis", "Light is absorbed"), ("Respiration", "Glucose is broken down")]),
            FactMaker.note("b.md", [("Respiration", "Happens in mitochondria"), ("Photosynthessis", "Happens in chloroplasts")]),
        ]
        var index = TopicIndex(vocabulary: TopicVocabulary(rootTitlesBySource: [["Photosynthesis", "Respiration"], ["Photosynthessis"]]))
        #expect(index.place(notes) == [[0, 1], [1, 0]])
        #expect(roots(index) == ["Photosynthesis", "Respiration"])
    }

    @Test func shortNamesWithDigitsStayApart() {
        let topics = index([["Vitamin B12", "Vitamin B6"]])
        #expect(roots(topics).count == 2)
    }

    @Test func aHeadingThatStartsWithATopicNestsUnderIt() {
        let topics = index([["Mitosis", "Mitosis Phases", "Meiosis"]])
        #expect(roots(topics) == ["Mitosis", "Meiosis"])
        #expect(topics.topics.first { $0.title == "Mitosis Phases" }?.parent?.rawValue == "mitosis")
    }

    @Test func aQualifierRunningOnInLowercaseIsPartOfTheName() {
        // `Cell Biology –` is a qualifier; `Cell division` and `Cell Biology and History` use the
        // same words as the start of a name.
        let topics = index([
            ["Cell Biology – Mitochondria", "Cell Biology – Ribosomes", "Cell Biology – Cell Division"],
            ["Cell division", "Cell Biology and History"],
        ])
        #expect(roots(topics) == ["Mitochondria", "Ribosomes", "Cell Division", "Cell Biology and History"])
    }

    @Test func aPrefixAlwaysFollowedByTheSameWordIsNoQualifierAlone() {
        // `Cell Biology –` qualifies; `Cell` alone would cut `Cell Membrane` to `Membrane`.
        let topics = index([["Cell Biology – Nucleus", "Cell Biology – Ribosomes", "Cell Biology – Golgi"], ["Cell Membrane"]])
        #expect(roots(topics) == ["Nucleus", "Ribosomes", "Golgi", "Cell Membrane"])
    }

    @Test func aHeadTwoTitlesSetOffByADashIsAQualifier() {
        let topics = index([["History – Revolution", "History – Congress", "Vienna Notes"], ["Congress"]])
        #expect(roots(topics) == ["Revolution", "Congress", "Vienna Notes"])
        // Without the dash, two titles are too few to tell.
        #expect(roots(index([["History Revolution", "History Congress"], ["Congress"]])).count == 3)
    }

    @Test func aSubjectPrefixIsNoQualifier() {
        // `Rome` is a heading of its own, so `Rome Republic` is about Rome, not about `Republic`.
        let topics = index([["Rome", "Rome Republic", "Rome Empire", "Rome Army", "Republic"]])
        #expect(roots(topics) == ["Rome", "Republic"])
    }
}

@Suite struct TopicRulesTests {
    private func roots(_ titles: [[String]], rules: TopicRules) -> [Topic] {
        var index = TopicIndex(vocabulary: TopicVocabulary(rootTitlesBySource: titles, rules: rules))
        for group in titles {
            for title in group { _ = index.topic(for: [title], origin: nil) }
        }
        return index.topics.filter { $0.parent == nil }
    }

    @Test func aliasesMergeNamesTheNotesNeverLink() {
        let rules = TopicRules(aliases: [.init(name: "Cell Membrane", otherNames: ["Plasma Membrane", "Cytoplasmic Membrane"])])
        let topics = roots([["Plasma Membrane", "Nucleus"], ["Cytoplasmic Membrane", "Cell Membrane"]], rules: rules)
        #expect(topics.map(\.title) == ["Cell Membrane", "Nucleus"])
    }

    @Test func withoutAliasesTheSameNamesStayApart() {
        let topics = roots([["Plasma Membrane", "Nucleus"], ["Cytoplasmic Membrane"]], rules: TopicRules())
        #expect(topics.count == 3)
    }

    @Test func aliasesReachAcronymsTheNotesDefine() {
        let rules = TopicRules(aliases: [.init(name: "Processor", otherNames: ["Central Processing Unit"])])
        let topics = roots([["Central Processing Unit (CPU)"], ["CPU", "Processor"]], rules: rules)
        #expect(topics.map(\.title) == ["Processor"])
    }

    @Test func separateKeepsSpellingVariantsApart() {
        let merged = roots([["Photosynthesis"], ["Photosynthessis"]], rules: TopicRules())
        #expect(merged.count == 1)
        let rules = TopicRules(separate: [["Photosynthesis", "Photosynthessis"]])
        #expect(roots([["Photosynthesis"], ["Photosynthessis"]], rules: rules).count == 2)
    }

    @Test func separateKeepsAcronymsApart() {
        let rules = TopicRules(separate: [["CPU", "Central Processing Unit"]])
        let topics = roots([["Central Processing Unit (CPU)"], ["CPU"]], rules: rules)
        #expect(topics.count == 2)
    }

    @Test func separateStopsNesting() {
        let rules = TopicRules(separate: [["Mitosis", "Mitosis Phases"]])
        let topics = roots([["Mitosis", "Mitosis Phases"]], rules: rules)
        #expect(topics.map(\.title) == ["Mitosis", "Mitosis Phases"])
    }
}
