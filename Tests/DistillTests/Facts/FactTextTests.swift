import DistillMarkdown
import Testing

@testable import Distill

@Suite struct FactTextTests {
    private func kind(_ markdown: String) -> Fact.Kind {
        let paragraph = MarkdownParser.parse(markdown).children[0]
        return FactText.kind(of: FactText.collapse(paragraph.plainText), content: paragraph.children)
    }

    @Test(arguments: [
        ("Osmosis: movement of water across a membrane", "Osmosis", "movement of water across a membrane"),
        ("**Mitosis** - division of one cell into two", "Mitosis", "division of one cell into two"),
        ("Treaty of Versailles :: signed in 1919 in France", "Treaty of Versailles", "signed in 1919 in France"),
        ("Root account :- created by default, shouldn't be shared", "Root account", "created by default, shouldn't be shared"),
    ])
    func definitions(_ markdown: String, _ term: String, _ definition: String) {
        #expect(kind(markdown) == .definition(term: term, definition: definition))
    }

    @Test func sentencesAreNotDefinitions() {
        #expect(kind("In case of failure, the system retries: three times") == .statement)
        #expect(kind("Buckets must have a globally unique name") == .statement)
    }

    @Test func questions() {
        #expect(kind("Q: What is the capital of France? A: Paris") == .question(question: "What is the capital of France?", answer: "Paris"))
        #expect(kind("When does water boil?\nAt 100 degrees at sea level.") == .question(question: "When does water boil?", answer: "At 100 degrees at sea level."))
    }
}
