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
        ("Photosynthesis – making sugar from light and water", "Photosynthesis", "making sugar from light and water"),
        ("Root account :- created by default, shouldn't be shared", "Root account", "created by default, shouldn't be shared"),
    ])
    func definitions(_ markdown: String, _ term: String, _ definition: String) {
        #expect(kind(markdown) == .definition(term: term, definition: definition))
    }

    /// Terms are judged on bytes in ASCII: the same ones as character by character.
    @Test(arguments: [
        ("Osmosis: movement of water across a membrane", true), ("Five word term is here: then a definition", true),
        ("Six words make too long a term: so not one", false), ("`code` name: a definition follows here", true),
        ("(Aside) first: a definition follows here", false), ("e.g. this: a definition follows here", false),
        ("Retries, then: a definition follows here", false), ("42 answer: a definition follows here", true),
        (String(repeating: "x", count: 61) + ": a definition follows here", false),
        (String(repeating: "x", count: 60) + ": a definition follows here", true), ("Café term: a definition follows here", true),
    ])
    func termsAreShortNames(_ text: String, _ isDefinition: Bool) {
        let isTerm: Bool
        if case .definition = FactText.kind(of: text, content: []) { isTerm = true } else { isTerm = false }
        #expect(isTerm == isDefinition)
    }

    @Test func sentencesAreNotDefinitions() {
        #expect(kind("In case of failure, the system retries: three times") == .statement)
        #expect(kind("Buckets must have a globally unique name") == .statement)
    }

    @Test func definitionLinesSplitAParagraph() throws {
        let paragraph = MarkdownParser.parse("Unison :: two notes of the same pitch\nOctave :: two notes an octave apart").children[0]
        let lines = try #require(FactText.definitionLines(paragraph.children))
        #expect(lines.map(\.offset) == [0, 1])
        #expect(lines.map(\.line.kind) == [
            .definition(term: "Unison", definition: "two notes of the same pitch"),
            .definition(term: "Octave", definition: "two notes an octave apart"),
        ])
        let prose = MarkdownParser.parse("Buckets hold objects\nKeys: unique names in a bucket").children[0]
        #expect(FactText.definitionLines(prose.children) == nil)
    }

    @Test func questions() {
        #expect(kind("Q: What is the capital of France? A: Paris") == .question(question: "What is the capital of France?", answer: "Paris"))
        #expect(kind("When does water boil?\nAt 100 degrees at sea level.") == .question(question: "When does water boil?", answer: "At 100 degrees at sea level."))
    }

    /// Collapsing on bytes, on scalars, and leaving text alone that needs none, all agree with
    /// collapsing character by character.
    @Test(arguments: [
        "plain words already single spaced", "  leading and trailing  ", "double  space", "tab\there", "line\nbreak\r\nthere",
        "", " ", "   \t ", "x", "accented é and ü  words", "arrow → and bullet •\tafter", "mark \u{301} on a space",
        "joined\u{200D} text", "ideographic\u{3000}space", "a\u{00A0}no-break space",
    ])
    func collapsingMatchesCharacterByCharacter(_ text: String) {
        #expect(FactText.collapse(text) == FactText.collapseCharacters(text))
    }

    @Test func asciiIsToldEightBytesAtATime() {
        for length in 0..<20 {
            let ascii = String(repeating: "a", count: length)
            #expect(ascii.isAllASCII)
            #expect(Substring(ascii).isAllASCII)
            for position in 0..<length {
                var bytes = Array(ascii.utf8)
                bytes.replaceSubrange(position..<position + 1, with: Array("é".utf8))
                let text = String(decoding: bytes, as: UTF8.self)
                #expect(!text.isAllASCII, "é at \(position) of \(length)")
                #expect(!text.dropFirst(position).isAllASCII)
            }
        }
    }

    @Test func byteSetsHoldTheirBytes() {
        var set = ByteSet()
        let members: [UInt8] = [0, 45, 63, 64, 127, 128, 191, 192, 255]
        for byte in members { set.insert(byte) }
        for byte in UInt8.min...UInt8.max {
            #expect(set.contains(byte) == members.contains(byte), "\(byte)")
        }
    }
}
