import DistillMarkdown
import Testing

@testable import Distill

@Suite struct AnkiCardMakerTests {
    static func cards(_ facts: [(topic: String, text: String)], reversed: Bool = false) -> (cards: [AnkiCard], skipped: AnkiCardMaker.Skipped) {
        let graph = Deduplicator().dedupe([FactMaker.note("notes.md", facts)], sources: [])
        return AnkiCardMaker(guide: Guide(graph: graph, config: GuideConfig()), reversed: reversed).cards()
    }

    @Test func definitionsOfOneTermMakeOneCardWithTheTopicOnTheFront() throws {
        let made = Self.cards([("IAM", "Users: people and services that sign in"), ("IAM", "Users: members of groups with policies")])
        let card = try #require(made.cards.first)
        #expect(made.cards.count == 1)
        #expect(card.notetype == "Basic")
        #expect(card.front == "Users<br><small>IAM</small>")
        #expect(card.back.hasPrefix("<ul><li>people and services that sign in</li><li>members of groups with policies</li></ul>"))
        #expect(card.back.contains("Said by 1 source: notes.md:1, notes.md:2"))
        #expect(card.tags == ["topic::iam", "source::notes", "distill::definition"])
    }

    @Test func aCardNeverShowsItsAnswerOnTheFront() {
        let made = Self.cards([
            ("S3", "S3 Standard keeps data in at least 3 zones"),  // `3` in `S3` is no number
            ("Ports", "Port 22 is SSH and 22 is the default"),  // both hidden
            ("Limits 5", "Up to 5 buckets"),  // the topic gives it away
            ("Q", "Q: Which port is SSH on, port 22? A: 22"),
        ])
        #expect(made.cards.map(\.kind) == [.cloze, .cloze])
        #expect(made.cards[1].front.contains("Port {{c1::22}} is SSH and {{c1::22}} is"))
        #expect(made.skipped.answerOnFront == 2)
    }

    @Test func statementsWithoutANumberMakeNoCard() {
        let made = Self.cards([("S3", "Buckets hold objects and versions")])
        #expect(made.cards.isEmpty)
        #expect(made.skipped.noNumber == 1)
    }

    /// Only a number in the text hides: digits in a link's target are no number, digits in
    /// inline code are, and so are digits inside emphasis.
    @Test func onlyDigitsOfTheTextMakeACloze() throws {
        let range = SourceRange(start: .init(line: 1, column: 1), end: .init(line: 1, column: 1))
        func text(_ literal: String) -> MarkdownNode { MarkdownNode(kind: .text, literal: literal, range: range) }
        let contents: [[MarkdownNode]] = [
            [text("See "), MarkdownNode(kind: .link(destination: "https://example.com/v2/page7", title: "part 9"), children: [text("the guide")], range: range)],
            [text("Run "), MarkdownNode(kind: .code, literal: "sleep 30", range: range), text(" to wait")],
            [text("Keep "), MarkdownNode(kind: .emphasis, children: [text("7 copies")], range: range), text(" of it")],
        ]
        var note = ExtractedNote(source: SourcePath("notes.md"))
        for (index, content) in contents.enumerated() {
            let plain = content.map(\.plainText).joined()
            note.facts.append(Fact(
                kind: .statement, content: content, text: plain, topicPath: ["Topic \(index)"],
                location: Distill.SourceLocation(file: SourcePath("notes.md"), line: index + 1)))
            note.entries.append(.fact(index))
        }
        let graph = Deduplicator().dedupe([note], sources: [])
        let made = AnkiCardMaker(guide: Guide(graph: graph, config: GuideConfig())).cards()
        #expect(made.skipped.noNumber == 1)
        #expect(made.cards.map(\.front).map { $0.contains("{{c1::30}}") || $0.contains("{{c1::7}}") } == [true, true])
    }

    @Test func conflictingFactsAreMarkedOnBothSides() {
        let made = Self.cards([("Limits", "The default bucket limit is 100 per account"), ("Limits", "The default bucket limit is 1000 per account")])
        #expect(made.cards.count == 2)
        for card in made.cards {
            #expect(card.front.hasPrefix("<b>⚠ Sources disagree</b>"))
            #expect(card.back.contains("Another source says"))
            #expect(card.tags.contains("conflict"))
        }
    }

    @Test func reversedDefinitionsOnlyWhenTheDefinitionDoesNotNameTheTerm() {
        let made = Self.cards([("S3", "Glacier: archival storage for rarely used data"), ("S3", "Versioning: keeps every Versioning state of an object")], reversed: true)
        #expect(made.cards.map(\.notetype) == ["Basic (and reversed card)", "Basic"])
    }
}

@Suite struct AnkiDeckNamerTests {
    @Test func deckNamesFollowTheTopicsWithOneSpellingPerDeck() {
        var namer = AnkiDeckNamer()
        #expect(namer.name(root: "Guide", path: ["Storage", "S3"]) == "Guide::Storage::S3")
        #expect(namer.name(root: "Guide", path: ["storage", "Glacier"]) == "Guide::Storage::Glacier")
        #expect(namer.name(root: "Guide", path: ["A::B", "  spaced   out "]) == "Guide::A:B::spaced out")
        #expect(namer.name(root: "Guide", path: [""]) == "Guide::Untitled")
    }

    @Test func aSegmentHoldsNoDeckSeparatorTagOrControlCharacter() {
        #expect(AnkiDeckNamer.segment("A:::B::::C:D") == "A:B:C:D")
        #expect(AnkiDeckNamer.segment("<b>\"Bold\"</b>") == "‹b›'Bold'‹/b›")
        #expect(AnkiDeckNamer.segment("Tab\there\u{7}bell") == "Tab here bell")
        #expect(AnkiDeckNamer.segment(" \u{1} ") == "Untitled")
        #expect(AnkiDeckNamer.segment("Café : naïve") == "Café : naïve")
    }
}
