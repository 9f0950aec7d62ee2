import Foundation
import DistillMarkdown

/// Text helpers for facts: whitespace, definitions and question patterns.
enum FactText {
    /// Collapses runs of white space to one space and trims the ends.
    static func collapse(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(character)
            }
        }
        return out
    }

    /// The text of an HTML fragment without its tags.
    static func strippingTags(_ html: String) -> String {
        var out = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true; out.append(" ") } else if character == ">" { inTag = false } else if !inTag { out.append(character) }
        }
        return out
    }

    /// Separators between a term and its definition, longest first.
    private static let separators = [" :: ", " :- ", ":- ", " -- ", " – ", " — ", " - ", ": "]

    /// Recognises `Term: definition` (and `::`, `:-`, dashes, `**Term** - ...`) and `Q: ... A: ...`.
    static func kind(of text: String, content: [MarkdownNode]) -> Fact.Kind {
        if let qa = questionAndAnswer(text) ?? questionOnFirstLine(content) { return qa }
        // Only the first separator in the text can split a term from its definition.
        let hits = separators.compactMap { text.range(of: $0) }
        guard let range = hits.min(by: { $0.lowerBound < $1.lowerBound }) else { return .statement }
        let term = text[..<range.lowerBound].trimmingCharacters(in: .whitespaces.union(.init(charactersIn: "*:")))
        let definition = text[range.upperBound...].trimmingCharacters(in: .whitespaces)
        guard isTerm(term, leadingStrong: content.first?.kind == .strong), definition.split(separator: " ").count >= 2 else {
            return .statement
        }
        return .definition(term: term, definition: definition)
    }

    /// One line of a paragraph read as a definition.
    struct DefinitionLine {
        var kind: Fact.Kind
        var content: [MarkdownNode]
        var text: String
    }

    /// A paragraph of two or more lines that each define a term (perhaps under a first line
    /// ending in `:` that introduces them), split at its line breaks, with each line's offset
    /// from the paragraph's first line; nil for any other paragraph.
    static func definitionLines(_ content: [MarkdownNode]) -> [(offset: Int, line: DefinitionLine)]? {
        var lines: [[MarkdownNode]] = [[]]
        for node in content {
            if node.kind == .softBreak || node.kind == .lineBreak { lines.append([]) } else { lines[lines.count - 1].append(node) }
        }
        guard lines.count >= 2 else { return nil }
        // `Q: ...` on one line and `A: ...` on the next is one question, not two terms.
        if questionAndAnswer(collapse(content.map(\.plainText).joined())) != nil || questionOnFirstLine(content) != nil {
            return nil
        }
        var result: [(offset: Int, line: DefinitionLine)] = []
        for (offset, nodes) in lines.enumerated() {
            let text = collapse(nodes.map(\.plainText).joined())
            let lineKind = kind(of: text, content: nodes)
            if case .definition = lineKind {
                result.append((offset, DefinitionLine(kind: lineKind, content: nodes, text: text)))
            } else if offset == 0, lines.count >= 3, text.hasSuffix(":") {
                // `Key terms:` above the definitions it introduces is a statement of its own.
                result.append((offset, DefinitionLine(kind: .statement, content: nodes, text: text)))
            } else {
                return nil
            }
        }
        return result
    }

    private static func isTerm(_ term: String, leadingStrong: Bool) -> Bool {
        let words = term.split(separator: " ")
        guard !words.isEmpty, words.count <= (leadingStrong ? 8 : 5), term.count <= 60 else { return false }
        guard let first = term.first, first.isLetter || first.isNumber || first == "`" else { return false }
        // A term is a name, not a clause: no sentence punctuation inside.
        return !term.contains(where: { ".;!?,".contains($0) })
    }

    /// A paragraph whose first line is a question and whose next lines answer it.
    static func questionOnFirstLine(_ content: [MarkdownNode]) -> Fact.Kind? {
        guard let breakIndex = content.firstIndex(where: { $0.kind == .softBreak || $0.kind == .lineBreak }) else { return nil }
        let question = collapse(content[..<breakIndex].map(\.plainText).joined())
        let answer = collapse(content[(breakIndex + 1)...].map(\.plainText).joined())
        guard question.hasSuffix("?"), question.count > 3, !answer.isEmpty else { return nil }
        return .question(question: question, answer: answer)
    }

    private static func questionAndAnswer(_ text: String) -> Fact.Kind? {
        let lowered = text.lowercased()
        guard lowered.hasPrefix("q:") || lowered.hasPrefix("q.") else { return nil }
        guard let answer = text.range(of: " A: ") ?? text.range(of: " a: ") ?? text.range(of: " A. ") else { return nil }
        let question = text[text.index(text.startIndex, offsetBy: 2)..<answer.lowerBound].trimmingCharacters(in: .whitespaces)
        let reply = text[answer.upperBound...].trimmingCharacters(in: .whitespaces)
        guard !question.isEmpty, !reply.isEmpty else { return nil }
        return .question(question: question, answer: reply)
    }
}
