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

    @Test func shortNamesWithDigitsStayApart() {
        let topics = index([["Vitamin B12", "Vitamin B6"]])
        #expect(roots(topics).count == 2)
    }

    @Test func aHeadingThatStartsWithATopicNestsUnderIt() {
        let topics = index([["Mitosis", "Mitosis Phases", "Meiosis"]])
        #expect(roots(topics) == ["Mitosis", "Meiosis"])
        #expect(topics.topics.first { $0.title == "Mitosis Phases" }?.parent?.rawValue == "mitosis")
    }

    @Test func aSubjectPrefixIsNoQualifier() {
        // `Rome` is a heading of its own, so `Rome Republic` is about Rome, not about `Republic`.
        let topics = index([["Rome", "Rome Republic", "Rome Empire", "Rome Army", "Republic"]])
        #expect(roots(topics) == ["Rome", "Republic"])
    }
}
