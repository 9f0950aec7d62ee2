import DistillMarkdown

@testable import Distill

/// Builds extracted notes from short strings, for dedupe and rendering tests.
enum FactMaker {
    /// A note whose facts are `(topic, text)` pairs, one a line starting at line 1.
    static func note(_ file: String, _ facts: [(topic: String, text: String)]) -> ExtractedNote {
        var note = ExtractedNote(source: SourcePath(file))
        for (index, fact) in facts.enumerated() {
            let location = Distill.SourceLocation(file: SourcePath(file), line: index + 1)
            let range = SourceRange(start: .init(line: index + 1, column: 1), end: .init(line: index + 1, column: fact.text.count))
            note.facts.append(Fact(
                kind: FactText.kind(of: fact.text, content: []),
                content: [MarkdownNode(kind: .text, literal: fact.text, range: range)],
                text: fact.text, topicPath: [fact.topic], location: location
            ))
            note.entries.append(.fact(index))
        }
        return note
    }
}
