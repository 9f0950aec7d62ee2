/// The view model of a deck file: header values and one row per note, every field already
/// quoted for CSV.
struct AnkiDeck {
    struct Note {
        var notetype: String
        var deck: String
        var tags: String
        var guid: String
        var front: String
        var back: String
    }

    var notes: [Note]
    var counts: [String: Int]

    init(_ guide: Guide) {
        let graph = guide.graph
        let topics = Dictionary(uniqueKeysWithValues: graph.topics.map { ($0.slug, $0) })
        var conflictReasons: [FactID: [String]] = [:]
        for conflict in graph.conflicts {
            for id in conflict.facts { conflictReasons[id, default: []].append(conflict.reason) }
        }
        var notes: [Note] = []
        var counts: [String: Int] = [:]
        for fact in graph.facts {
            guard let card = Self.card(for: fact) else { continue }
            let path = Self.topicPath(fact.topic, topics: topics)
            let deck = ([guide.config.deckName] + path.map(\.title)).map(Self.deckSegment).joined(separator: "::")
            var back = card.back
            back += "<br><br><small>Topic: \(path.map(\.title).joined(separator: " › ").htmlEscaped)</small>"
            let files = fact.origins.map { "\($0.file):\($0.line)" }
            back += "<br><small>Said by \(fact.sourceFiles.count) source\(fact.sourceFiles.count == 1 ? "" : "s"): \(files.joined(separator: ", ").htmlEscaped)</small>"
            var tags = ["topic::" + path.map { Slug.make($0.title) }.joined(separator: "::")]
            tags += fact.sourceFiles.map { "source::" + Slug.make($0.stem) }
            if let reasons = conflictReasons[fact.id] {
                back += "<br><strong>⚠ Sources disagree:</strong> " + reasons.map(\.htmlEscaped).joined(separator: "; ")
                tags.append("conflict")
            }
            counts[card.kind, default: 0] += 1
            notes.append(Note(
                notetype: CSVField.quote(card.notetype), deck: CSVField.quote(deck),
                tags: CSVField.quote(tags.joined(separator: " ")), guid: CSVField.quote("distill-" + fact.id.rawValue),
                front: CSVField.quote(card.front), back: CSVField.quote(back)
            ))
        }
        self.notes = notes
        self.counts = counts
    }

    private struct Card {
        var kind: String
        var notetype: String
        var front: String
        var back: String
    }

    private static func card(for fact: MergedFact) -> Card? {
        switch fact.kind {
        case let .definition(term, definition):
            return Card(kind: "definition", notetype: "Basic", front: term.htmlEscaped, back: definition.htmlEscaped)
        case let .question(question, answer):
            return Card(kind: "question", notetype: "Basic", front: question.htmlEscaped, back: answer.htmlEscaped)
        case .statement:
            guard let cloze = ClozeMaker.cloze(html: InlineHTML.render(fact.content)) else { return nil }
            return Card(kind: "cloze", notetype: "Cloze", front: cloze, back: "")
        }
    }

    private static func topicPath(_ slug: TopicSlug, topics: [TopicSlug: Topic]) -> [Topic] {
        var path: [Topic] = []
        var current: TopicSlug? = slug
        while let next = current, let topic = topics[next], path.count < 64 {
            path.insert(topic, at: 0)
            current = topic.parent
        }
        return path
    }

    /// A deck name segment: `::` separates decks, so it may not stand inside one.
    private static func deckSegment(_ title: String) -> String {
        title.replacingOccurrences(of: "::", with: ":").replacingOccurrences(of: "\"", with: "'")
    }
}
