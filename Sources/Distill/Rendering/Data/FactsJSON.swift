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
    /// The facts, topics and conflicts are written straight into the text (`JSONText`), in the
    /// layout `JSONEncoder` gives them: an encoder's boxed tree of every origin of every fact
    /// costs far more than the text. The few sources, whose `dropped` counts have keys of any
    /// spelling, go through the encoder. The result is the bytes the encoder writes.
    static func render(_ guide: Guide) -> RenderedFile {
        let json = FactsJSON(guide)
        var text = JSONText(capacity: json.estimatedSize)
        text.beginObject()
        text.key("conflicts")
        text.array(json.conflicts) { $0.write(to: &$1) }
        text.key("facts")
        text.array(json.facts) { $0.write(to: &$1) }
        text.key("sources")
        text.array(json.sources) { $1.encoded($0) }
        text.key("suspectedDuplicates")
        text.array(json.suspectedDuplicates) { $0.write(to: &$1) }
        text.key("title")
        text.string(json.title)
        text.key("topics")
        text.array(json.topics) { $0.write(to: &$1) }
        text.endObject()
        text.newline()
        return RenderedFile(path: "facts.json", contents: Data(text.bytes))
    }
}

extension FactsJSON {
    /// About how many bytes the text takes: its texts and names, and the keys and indentation
    /// around each fact and origin. A guess is enough; room made at once saves copying a
    /// text that at scale is hundreds of megabytes as it grows.
    fileprivate var estimatedSize: Int {
        var size = 4096 + 80 * (conflicts.count + suspectedDuplicates.count) + 100 * topics.count
        for fact in facts {
            size += 200 + fact.text.utf8.count + fact.id.utf8.count + fact.topic.utf8.count
            for source in fact.sources { size += 110 + source.file.utf8.count + source.text.utf8.count }
        }
        for topic in topics { size += 20 * topic.facts.count }
        return size
    }
}

// Each entry's members in sorted key order, with a missing optional left out, as the encoder
// writes them.

extension FactsJSON.ConflictEntry {
    func write(to text: inout JSONText) {
        text.beginObject()
        text.key("facts")
        text.array(facts) { $1.string($0) }
        text.key("reason")
        text.string(reason)
        text.endObject()
    }
}

extension FactsJSON.TopicEntry {
    func write(to text: inout JSONText) {
        text.beginObject()
        text.key("facts")
        text.array(facts) { $1.string($0) }
        if let parent {
            text.key("parent")
            text.string(parent)
        }
        text.key("slug")
        text.string(slug)
        text.key("title")
        text.string(title)
        text.endObject()
    }
}

extension FactsJSON.Origin {
    func write(to text: inout JSONText) {
        text.beginObject()
        text.key("file")
        text.string(file)
        text.key("line")
        text.number(line)
        text.key("text")
        text.string(self.text)
        text.endObject()
    }
}

extension FactsJSON.FactEntry {
    func write(to text: inout JSONText) {
        text.beginObject()
        text.optional("answer", answer)
        text.optional("definition", definition)
        text.key("id")
        text.string(id)
        text.key("kind")
        text.string(kind)
        text.optional("parent", parent)
        text.optional("question", question)
        text.key("sources")
        text.array(sources) { $0.write(to: &$1) }
        text.optional("term", term)
        text.key("text")
        text.string(self.text)
        text.key("topic")
        text.string(topic)
        text.endObject()
    }
}
