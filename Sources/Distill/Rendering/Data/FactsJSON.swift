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

    /// The graph as entries, which the encoder writes as `render` does.
    init(_ graph: FactGraph, title: String) {
        self.title = title
        sources = graph.sources.map(Self.source)
        topics = graph.topics.map(TopicEntry.init)
        facts = graph.facts.map(FactEntry.init)
        conflicts = graph.conflicts.map(ConflictEntry.init)
        suspectedDuplicates = graph.suspectedDuplicates.map(ConflictEntry.init)
    }

    private static func source(_ summary: SourceSummary) -> Source {
        Source(
            file: summary.file.rawValue, lines: summary.lines, format: summary.format.rawValue, encoding: summary.encoding.rawValue,
            dropped: Dictionary(uniqueKeysWithValues: summary.dropped.map { ($0.key.rawValue, $0.value) }),
            contentLines: summary.contentLines, coveredLines: summary.coveredLines, title: summary.title
        )
    }

    /// The JSON text: pretty, keys sorted, so two builds are byte-identical.
    ///
    /// The facts, topics and conflicts are written straight into the text (`JSONText`), in the
    /// layout `JSONEncoder` gives the entries above: an encoder's boxed tree of every origin of
    /// every fact costs far more than the text. The facts, which hold most of it, are written
    /// from the graph itself, as a copy of them as entries cost as much again; each topic and
    /// conflict is made an entry as it is written. The few sources, whose `dropped` counts
    /// have keys of any spelling, go through the encoder. The result is the bytes the encoder
    /// writes.
    static func render(_ guide: Guide) -> RenderedFile {
        render(guide.graph, title: guide.config.title)
    }

    static func render(_ graph: FactGraph, title: String) -> RenderedFile {
        var text = JSONText(capacity: estimatedSize(graph))
        text.beginObject()
        text.key("conflicts")
        text.array(graph.conflicts) { ConflictEntry($0).write(to: &$1) }
        text.key("facts")
        text.array(graph.facts) { FactEntry.write($0, to: &$1) }
        text.key("sources")
        text.array(graph.sources) { $1.encoded(source($0)) }
        text.key("suspectedDuplicates")
        text.array(graph.suspectedDuplicates) { ConflictEntry($0).write(to: &$1) }
        text.key("title")
        text.string(title)
        text.key("topics")
        text.array(graph.topics) { TopicEntry($0).write(to: &$1) }
        text.endObject()
        text.newline()
        return RenderedFile(path: "facts.json", contents: text.data())
    }

    /// About how many bytes the text takes: its texts and names, and the keys and indentation
    /// around each fact and origin. A guess is enough; room made at once saves copying a
    /// text that at scale is hundreds of megabytes as it grows.
    private static func estimatedSize(_ graph: FactGraph) -> Int {
        var size = 4096 + 80 * (graph.conflicts.count + graph.suspectedDuplicates.count) + 100 * graph.topics.count
        for fact in graph.facts {
            size += 200 + fact.text.utf8.count + fact.id.rawValue.utf8.count + fact.topic.rawValue.utf8.count
            for (origin, wording) in zip(fact.origins, fact.wordings) {
                size += 110 + origin.file.rawValue.utf8.count + wording.utf8.count
            }
        }
        for topic in graph.topics { size += 20 * topic.entries.count }
        return size
    }
}

// Each entry's members in sorted key order, with a missing optional left out, as the encoder
// writes them. A fact's layout is written once, by a static `write` that takes its fields,
// which both the entry and the graph's fact call.

extension FactsJSON.ConflictEntry {
    init(_ conflict: Conflict) {
        self.init(facts: conflict.facts.map(\.rawValue), reason: conflict.reason)
    }

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
    init(_ topic: Topic) {
        self.init(slug: topic.slug.rawValue, title: topic.title, parent: topic.parent?.rawValue, facts: topic.factIDs.map(\.rawValue))
    }

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
        Self.write(file: file, line: line, text: self.text, to: &text)
    }

    static func write(file: String, line: Int, text wording: String, to text: inout JSONText) {
        text.beginObject()
        text.key("file")
        text.string(file)
        text.key("line")
        text.number(line)
        text.key("text")
        text.string(wording)
        text.endObject()
    }
}

extension FactsJSON.FactEntry {
    init(_ fact: MergedFact) {
        let (kind, term, definition, question, answer) = Self.kindFields(fact.kind)
        self.init(
            id: fact.id.rawValue, topic: fact.topic.rawValue, text: fact.text, kind: kind, term: term, definition: definition,
            question: question, answer: answer, parent: fact.parent?.rawValue,
            sources: zip(fact.origins, fact.wordings).map { FactsJSON.Origin(file: $0.file.rawValue, line: $0.line, text: $1) })
    }

    func write(to text: inout JSONText) {
        let sources = self.sources
        Self.write(
            id: id, topic: topic, text: self.text, kind: kind, term: term, definition: definition, question: question, answer: answer,
            parent: parent, sourceCount: sources.count, to: &text
        ) { index, text in sources[index].write(to: &text) }
    }

    /// The fact's entry, written from the fact itself.
    static func write(_ fact: MergedFact, to text: inout JSONText) {
        let (kind, term, definition, question, answer) = kindFields(fact.kind)
        write(
            id: fact.id.rawValue, topic: fact.topic.rawValue, text: fact.text, kind: kind, term: term, definition: definition,
            question: question, answer: answer, parent: fact.parent?.rawValue, sourceCount: fact.origins.count, to: &text
        ) { index, text in
            FactsJSON.Origin.write(file: fact.origins[index].file.rawValue, line: fact.origins[index].line, text: fact.wordings[index], to: &text)
        }
    }

    /// The entry's `kind`, and the fields only some kinds have.
    private static func kindFields(
        _ kind: Fact.Kind
    ) -> (kind: String, term: String?, definition: String?, question: String?, answer: String?) {
        switch kind {
        case .statement: ("statement", nil, nil, nil, nil)
        case let .definition(term, definition): ("definition", term, definition, nil, nil)
        case let .question(question, answer): ("question", nil, nil, question, answer)
        }
    }

    private static func write(
        id: String, topic: String, text wording: String, kind: String, term: String?, definition: String?, question: String?,
        answer: String?, parent: String?, sourceCount: Int, to text: inout JSONText, source: (Int, inout JSONText) -> Void
    ) {
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
        text.array(count: sourceCount, source)
        text.optional("term", term)
        text.key("text")
        text.string(wording)
        text.key("topic")
        text.string(topic)
        text.endObject()
    }
}
