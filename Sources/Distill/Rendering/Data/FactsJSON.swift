import Foundation

/// `facts.json`: the fact graph as data. Its fields are a contract other tools read;
/// fields are only ever added.
struct FactsJSON: Encodable {
    struct Source: Encodable {
        var file: String
        var lines: Int
        var format: String
        var encoding: String
        var dropped: [String: Int]
        var contentLines: Int
        var coveredLines: Int
        /// Left out when the note has no title of its own.
        var title: String?
    }

    struct TopicEntry: Encodable {
        var slug: String
        var title: String
        var parent: String?
        var facts: [String]
    }

    struct Origin: Encodable {
        var file: String
        var line: Int
        /// How this source worded the fact.
        var text: String
    }

    struct FactEntry: Encodable {
        var id: String
        var topic: String
        var text: String
        var kind: String
        var term: String?
        var definition: String?
        var question: String?
        var answer: String?
        var parent: String?
        var sources: [Origin]
    }

    struct ConflictEntry: Encodable {
        var facts: [String]
        var reason: String
    }

    var title: String
    var sources: [Source]
    var topics: [TopicEntry]
    var facts: [FactEntry]
    var conflicts: [ConflictEntry]
    var suspectedDuplicates: [ConflictEntry]

    init(_ guide: Guide) {
        let graph = guide.graph
        title = guide.config.title
        sources = graph.sources.map {
            Source(
                file: $0.file.rawValue, lines: $0.lines, format: $0.format.rawValue, encoding: $0.encoding.rawValue,
                dropped: Dictionary(uniqueKeysWithValues: $0.dropped.map { ($0.key.rawValue, $0.value) }),
                contentLines: $0.contentLines, coveredLines: $0.coveredLines, title: $0.title
            )
        }
        topics = graph.topics.map {
            TopicEntry(slug: $0.slug.rawValue, title: $0.title, parent: $0.parent?.rawValue, facts: $0.factIDs.map(\.rawValue))
        }
        facts = graph.facts.map { fact in
            var entry = FactEntry(
                id: fact.id.rawValue, topic: fact.topic.rawValue, text: fact.text, kind: "statement",
                parent: fact.parent?.rawValue,
                sources: zip(fact.origins, fact.wordings).map { Origin(file: $0.file.rawValue, line: $0.line, text: $1) }
            )
            switch fact.kind {
            case .statement: break
            case let .definition(term, definition):
                entry.kind = "definition"
                entry.term = term
                entry.definition = definition
            case let .question(question, answer):
                entry.kind = "question"
                entry.question = question
                entry.answer = answer
            }
            return entry
        }
        conflicts = graph.conflicts.map { ConflictEntry(facts: $0.facts.map(\.rawValue), reason: $0.reason) }
        suspectedDuplicates = graph.suspectedDuplicates.map { ConflictEntry(facts: $0.facts.map(\.rawValue), reason: $0.reason) }
    }

    /// The JSON text: pretty, keys sorted, so two builds are byte-identical.
    ///
    /// Each top-level array element is encoded on its own and indented into place: one
    /// `encode` of the whole graph holds an encoded tree of every origin of every fact
    /// at once, several times the size of the text. The result is the same bytes.
    static func render(_ guide: Guide) -> RenderedFile {
        let json = FactsJSON(guide)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var out = Data()
        func array<Element: Encodable>(_ key: String, _ elements: [Element]) throws {
            out += Data("  \"\(key)\" : [\n".utf8)
            guard !elements.isEmpty else {
                out += Data("\n  ]".utf8)
                return
            }
            for (index, element) in elements.enumerated() {
                if index > 0 { out += Data(",\n".utf8) }
                indented(try encoder.encode(element), by: 4, into: &out)
            }
            out += Data("\n  ]".utf8)
        }
        do {
            // The keys in sorted order, as `.sortedKeys` writes them.
            out += Data("{\n".utf8)
            try array("conflicts", json.conflicts)
            out += Data(",\n".utf8)
            try array("facts", json.facts)
            out += Data(",\n".utf8)
            try array("sources", json.sources)
            out += Data(",\n".utf8)
            try array("suspectedDuplicates", json.suspectedDuplicates)
            out += Data(",\n  \"title\" : ".utf8)
            out += try encoder.encode(json.title)
            out += Data(",\n".utf8)
            try array("topics", json.topics)
            out += Data("\n}\n".utf8)
        } catch {
            out = Data("{}\n".utf8)
        }
        return RenderedFile(path: "facts.json", contents: out)
    }

    /// Appends pretty-printed JSON with `spaces` more indentation on every line but blank ones
    /// (an empty array or object is printed with a blank line inside). Strings never hold a raw
    /// line break, so every `\n` starts a line.
    private static func indented(_ data: Data, by spaces: Int, into out: inout Data) {
        let indent = [UInt8](repeating: UInt8(ascii: " "), count: spaces)
        var atLineStart = true
        var start = data.startIndex
        for index in data.indices {
            let byte = data[index]
            if atLineStart && byte != UInt8(ascii: "\n") {
                out.append(contentsOf: data[start..<index])
                start = index
                out.append(contentsOf: indent)
            }
            atLineStart = byte == UInt8(ascii: "\n")
        }
        out.append(contentsOf: data[start...])
    }
}
