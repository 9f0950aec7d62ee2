import Foundation
import Testing

@testable import Distill

@Suite struct JSONTextTests {
    /// Text the writer must treat exactly as the encoder does.
    static let awkward = [
        "", "plain", "say \"hi\"", "back\\slash", "a/b", "tab\there", "line\nbreak", "bell\u{7}", "nul\u{0}end",
        "unit\u{1F}sep", "a \"quote\" and \\ then\ttab", "café", "e\u{301}", "emoji 👩‍💻", "<b>&amp;</b>", "'quote'",
    ]

    private func encoded<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private func written(_ write: (inout JSONText) -> Void) -> String {
        var text = JSONText()
        write(&text)
        return text.text
    }

    @Test func factsAreWrittenAsTheEncoderWritesThem() throws {
        for (index, awkward) in Self.awkward.enumerated() {
            let fact = FactsJSON.FactEntry(
                id: "f\(index)", topic: "t/\(awkward)", text: awkward, kind: "definition", term: awkward, definition: "d",
                question: nil, answer: index.isMultiple(of: 2) ? awkward : nil, parent: nil,
                sources: index == 0 ? [] : [.init(file: "a \(awkward).md", line: index, text: awkward), .init(file: "b", line: 1, text: "")])
            #expect(written { fact.write(to: &$0) } == (try encoded(fact)))
        }
    }

    @Test func topicsAndConflictsAreWrittenAsTheEncoderWritesThem() throws {
        let topics = [
            FactsJSON.TopicEntry(slug: "s", title: "Title \"x\"", parent: nil, facts: []),
            FactsJSON.TopicEntry(slug: "s/t", title: "T", parent: "s", facts: ["a", "b\\c"]),
        ]
        #expect(written { $0.array(topics) { $0.write(to: &$1) } } == (try encoded(topics)))
        let conflicts = [FactsJSON.ConflictEntry(facts: ["a", "b"], reason: "numbers differ: 3\u{2009}GB vs 4 GB")]
        #expect(written { $0.array(conflicts) { $0.write(to: &$1) } } == (try encoded(conflicts)))
    }

    /// The whole file, written from the graph, against the encoder writing the graph's entries:
    /// every kind of fact, topic, conflict and source of the seeds, in a buffer that grows.
    @Test func theSeedGraphIsWrittenAsTheEncoderWritesItsEntries() throws {
        let graph = SeedBuild.result.graph
        let title = "Seeds: \"quoted\" / slashed"
        let rendered = FactsJSON.render(graph, title: title)
        #expect(rendered.path == "facts.json")
        let expected = try encoded(FactsJSON(graph, title: title)) + "\n"
        #expect(String(decoding: rendered.contents, as: UTF8.self) == expected)
        #expect(graph.facts.contains { if case .definition = $0.kind { true } else { false } })
        #expect(graph.facts.contains { if case .question = $0.kind { true } else { false } })
        #expect(graph.facts.contains { $0.parent != nil } && !graph.conflicts.isEmpty)
    }

    @Test func textPassedOverEightBytesAtATimeIsEscapedWhereverItsAwkwardCharacterFalls() throws {
        for awkward in ["\"", "\\", "\t", "\u{1F}", "\u{0}", "é", "/", "👩‍💻"] {
            for offset in 0..<20 {
                let text = String(repeating: "a", count: offset) + awkward + String(repeating: "b", count: 19 - offset)
                #expect(written { $0.string(text) } == (try encoded(text)), "\(awkward.debugDescription) at \(offset)")
            }
        }
    }

    @Test func theEightByteScreenMissesNoByteToEscape() {
        for byte in UInt8.min...UInt8.max {
            for position in 0..<8 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
                bytes[position] = byte
                let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                let needed = byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
                #expect(JSONText.needsEscape(word) == needed, "byte \(byte) at \(position)")
            }
        }
    }
}
