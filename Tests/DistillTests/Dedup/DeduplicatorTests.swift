import Testing

@testable import Distill

@Suite struct DeduplicatorTests {
    private func dedupe(_ notes: ExtractedNote...) -> FactGraph {
        Deduplicator().dedupe(notes, sources: [])
    }

    @Test func sameFactInTwoSourcesIsMergedAndCreditsBoth() {
        let graph = dedupe(
            FactMaker.note("a.txt", [("Cells", "The mitochondria is the powerhouse of the cell.")]),
            FactMaker.note("b.txt", [("Cells", "• the MITOCHONDRIA is the powerhouse of the cell")])
        )
        #expect(graph.facts.count == 1)
        #expect(graph.facts[0].sourceFiles.map(\.rawValue) == ["a.txt", "b.txt"])
        #expect(graph.conflicts.isEmpty)
    }

    @Test func eachPlaceThatSaysAFactIsCreditedOnce() {
        let text = "The mitochondria is the powerhouse of the cell."
        var a = FactMaker.note("a.txt", [("Cells", text), ("Cells", text), ("Cells", text)])
        // The fact at line 2 and line 3 read again, as an extractor might hand one place over twice.
        for index in [1, 2, 1, 2, 0] {
            a.facts.append(a.facts[index])
            a.entries.append(.fact(a.facts.count - 1))
        }
        let graph = dedupe(
            FactMaker.note("0.txt", [("Cells", text)]), a, FactMaker.note("b.txt", [("Cells", text), ("Cells", text)]))
        #expect(graph.facts.count == 1)
        #expect(graph.facts[0].origins.map { "\($0.file):\($0.line)" } == ["0.txt:1", "a.txt:1", "a.txt:2", "a.txt:3", "b.txt:1", "b.txt:2"])
    }

    @Test(arguments: [
        ("Max object size is 5TB", "Max object size is 5 TB"),
        ("There are 1,000 seats in the hall today", "There are 1000 seats in the hall today"),
        ("Café au lait contains milk and coffee", "Cafe au lait contains milk and coffee"),
    ])
    func foldedSpellingsMerge(_ a: String, _ b: String) {
        let graph = dedupe(FactMaker.note("a.txt", [("T", a)]), FactMaker.note("b.txt", [("T", b)]))
        #expect(graph.facts.count == 1)
    }

    @Test func differentNumbersAreNeverMergedAndAreAConflict() {
        let graph = dedupe(
            FactMaker.note("a.txt", [("Boiling", "Water boils at 100 degrees at sea level")]),
            FactMaker.note("b.txt", [("Boiling", "Water boils at 90 degrees at sea level")])
        )
        #expect(graph.facts.count == 2)
        #expect(graph.conflicts.count == 1)
        #expect(graph.conflicts.first?.reason.contains("100") == true)
        #expect(graph.conflicts.first?.reason.contains("90") == true)
    }

    /// Reworded facts that share less wording still disagree plainly on one quantity each, or
    /// by a negation at the same length; several numbers written differently do not.
    @Test func rewordedPlainDisagreementsAreConflicts() {
        let filler = Self.filler
        let graph = dedupe(
            FactMaker.note("a.txt", [
                ("Cells", "Human body cells contain 46 chromosomes."),
                ("Treaty", "The treaty created the League of Nations."),
            ] + filler),
            FactMaker.note("b.txt", [
                ("Division", "humans have 48 chromosomes in body cells"),
                ("Versailles", "The treaty did not create the League of Nations"),
            ])
        )
        #expect(graph.facts.count == 4 + filler.count)
        #expect(graph.conflicts.count == 2)
        #expect(graph.conflicts.contains { $0.reason.contains("46") && $0.reason.contains("48") })
        #expect(graph.conflicts.contains { $0.reason.contains("polarity") })
    }

    /// Facts alike but for the subject each names stay apart, and are no conflict.
    @Test func factsNamingDifferentSubjectsStayApart() {
        let graph = dedupe(
            FactMaker.note("a.txt", [("Retries", "Retries in Lambda happen twice for failed asynchronous events")] + Self.filler),
            FactMaker.note("b.txt", [("Retries", "Retries in Batch happen twice for failed asynchronous events")])
        )
        #expect(graph.facts.count == 2 + Self.filler.count)
        #expect(graph.conflicts.isEmpty)
    }

    /// A fact that restates a longer one's only shared quantity agrees with it and merges; one
    /// that changes the quantity is never merged. (With two quantities on one side, the pair is
    /// reported only from the stricter conflict threshold, which these do not reach.)
    @Test func restatingPartOfALongerFactWithItsQuantityMerges() {
        let longer = "The default visibility timeout is 30 seconds and the maximum allowed is 12 hours"
        let restated = dedupe(
            FactMaker.note("a.txt", [("Queues", longer)] + Self.filler),
            FactMaker.note("b.txt", [("Queues", "The default visibility timeout is 30 seconds")])
        )
        #expect(restated.facts.count == 1 + Self.filler.count)
        #expect(restated.conflicts.isEmpty)
        let changed = dedupe(
            FactMaker.note("a.txt", [("Queues", longer)] + Self.filler),
            FactMaker.note("b.txt", [("Queues", "The default visibility timeout is 60 seconds")])
        )
        #expect(changed.facts.count == 2 + Self.filler.count)
    }

    /// Facts on other subjects, as in real notes, so that word rarity means something.
    private static let filler: [(topic: String, text: String)] = [
        ("Other", "Ribosomes are the site of protein synthesis"), ("Other", "Glycolysis takes place in the cytoplasm"),
        ("Other", "Napoleon was defeated at Waterloo in 1815"), ("Other", "Metternich led the Congress of Vienna"),
        ("Other", "Mitochondria contain their own circular DNA"), ("Other", "Germany lost Alsace-Lorraine to France"),
    ]

    @Test func negationIsAConflictNotAMerge() {
        let graph = dedupe(
            FactMaker.note("a.txt", [("Buckets", "Objects are public by default in a new bucket")]),
            FactMaker.note("b.txt", [("Buckets", "Objects are not public by default in a new bucket")])
        )
        #expect(graph.facts.count == 2)
        #expect(graph.conflicts.count == 1)
        #expect(graph.conflicts.first?.reason.contains("polarity") == true)
    }

    @Test func aShortNameOfRareWordsMergesAcrossTopics() {
        let graph = dedupe(
            FactMaker.note("a.txt", [("Networking", "Exponential Backoff"), ("Networking", "Retries use jitter")]),
            FactMaker.note("b.txt", [("Client libraries", "exponential backoff")])
        )
        #expect(graph.facts.count == 2)
        #expect(graph.facts.first { $0.text == "Exponential Backoff" }?.origins.count == 2)
    }

    @Test func wordsASourceRepeatsUnderSeveralHeadingsStayInEachTopic() {
        let graph = dedupe(
            FactMaker.note("a.txt", [("User policies", "Written in YAML"), ("Group policies", "Written in YAML")]),
            FactMaker.note("b.txt", [("Role policies", "Written in YAML")])
        )
        #expect(graph.facts.count == 3)
    }

    @Test func aLeadInLineStaysInItsTopic() {
        let graph = dedupe(
            FactMaker.note("a.txt", [("Scenario one", "Forwarded headers:")]),
            FactMaker.note("b.txt", [("Scenario two", "Forwarded headers:")])
        )
        #expect(graph.facts.count == 2)
    }

    @Test func shortFactsMergeOnlyWithinTheirTopic() {
        let graph = dedupe(
            FactMaker.note("a.txt", [("Websites", "Not enabled by default"), ("Logging", "Not enabled by default")]),
            FactMaker.note("b.txt", [("Websites", "not enabled by default.")])
        )
        #expect(graph.facts.count == 2)
        let websites = graph.facts.first { $0.topic.rawValue == "websites" }
        #expect(websites?.origins.count == 2)
    }

    @Test func headingsThatFoldAlikeAreOneTopic() {
        let graph = dedupe(
            FactMaker.note("a.txt", [("Photosynthesis", "Plants turn light into sugar")]),
            FactMaker.note("b.txt", [("PHOTOSYNTHESIS:", "Chlorophyll absorbs red and blue light")])
        )
        #expect(graph.topics.count == 1)
        #expect(graph.topics[0].factIDs.count == 2)
    }

    @Test func idsAreStableAndUnique() {
        let notes = [FactMaker.note("a.txt", [("T", "One fact here"), ("T", "Another fact here"), ("U", "One fact here")])]
        let first = Deduplicator().dedupe(notes, sources: [])
        let second = Deduplicator().dedupe(notes, sources: [])
        #expect(first.facts.map(\.id) == second.facts.map(\.id))
        #expect(Set(first.facts.map(\.id)).count == first.facts.count)
    }

    @Test func rewordedFactMergesAndCreditsBoth() {
        let graph = dedupe(
            FactMaker.note("a.txt", [("Enzymes", "Enzymes speed up the chemical reactions in living cells")]),
            FactMaker.note("b.txt", [("Biology", "In living cells, enzymes speed up chemical reactions")])
        )
        #expect(graph.facts.count == 1, "\(graph.facts.map(\.text))")
        #expect(graph.facts.first?.wordings.count == 2)
    }

    /// The best wording is shown and its origin comes first; every origin keeps its own
    /// source's wording beside it, whichever order the merges came in.
    @Test func eachOriginKeepsItsOwnWording() throws {
        let wordings = [
            "a.txt": "lambda functions run for up to fifteen minutes",
            "b.txt": "Lambda functions run for up to fifteen minutes.",
            "c.txt": "lambda functions run for up to fifteen minutes!",
            "d.txt": "Lambda functions run for up to fifteen minutes",
        ]
        let graph = Deduplicator().dedupe(wordings.keys.sorted().map { FactMaker.note($0, [("Lambda", wordings[$0]!)]) }, sources: [])
        let fact = try #require(graph.facts.first)
        #expect(graph.facts.count == 1)
        #expect(fact.text == wordings["b.txt"])
        #expect(fact.origins.map(\.file.rawValue) == ["b.txt", "a.txt", "c.txt", "d.txt"])
        for (origin, wording) in zip(fact.origins, fact.wordings) {
            #expect(wording == wordings[origin.file.rawValue])
        }
        #expect(fact.wordings.count == fact.origins.count)
    }

    @Test func sameWordsAboutAnotherSubjectStayApart() {
        let graph = dedupe(
            FactMaker.note("a.txt", [("Rivers", "The Nile flows north through eleven countries into the Mediterranean Sea")]),
            FactMaker.note("b.txt", [("Rivers", "The Danube flows north through eleven countries into the Mediterranean Sea")])
        )
        #expect(graph.facts.count == 2)
    }
}
