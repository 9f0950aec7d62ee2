/// Turns the fact graph into cards worth studying: one Basic note per defined term of a
/// topic, one per question, one Cloze note per fact with a number. Facts that would give a
/// card with no answer, or with its answer on the front, make no card.
struct AnkiCardMaker {
    var graph: FactGraph
    /// Definitions get the `Basic (and reversed card)` note type.
    var reversed = false

    init(graph: FactGraph, reversed: Bool = false) {
        self.graph = graph
        self.reversed = reversed
    }

    init(guide: Guide, reversed: Bool = false) {
        self.init(graph: guide.graph, reversed: reversed)
    }

    /// What was left out and why, for the build report and tests.
    struct Skipped: Equatable {
        var noNumber = 0
        var answerOnFront = 0
        var duplicate = 0
    }

    func cards() -> (cards: [AnkiCard], skipped: Skipped) {
        let topics = Dictionary(graph.topics.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        let facts = Dictionary(graph.facts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var conflicts: [FactID: [(other: MergedFact, reason: String)]] = [:]
        for conflict in graph.conflicts {
            for id in conflict.facts {
                for otherID in conflict.facts where otherID != id {
                    if let other = facts[otherID] { conflicts[id, default: []].append((other, conflict.reason)) }
                }
            }
        }
        // Facts in topic order (a parent topic's before its children's), so each deck's
        // rows come after its parent deck's.
        let topicOrder = Dictionary(graph.topics.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })
        let ordered = graph.facts.enumerated().sorted {
            (topicOrder[$0.element.topic] ?? -1, $0.offset) < (topicOrder[$1.element.topic] ?? -1, $1.offset)
        }.map(\.element)

        var skipped = Skipped()
        var slots: [Slot] = []
        var definitions: [String: [MergedFact]] = [:]
        for fact in ordered {
            let context = AnkiCardContext(fact: fact, path: Self.topicPath(fact.topic, topics: topics), conflicts: conflicts[fact.id] ?? [])
            switch fact.kind {
            case let .definition(term, _):
                // Definitions of one term in one topic make one card listing them all.
                let key = fact.topic.rawValue + "\u{1F}" + FoldedText(term).key
                if definitions[key] == nil { slots.append(.definitions(key)) }
                definitions[key, default: []].append(fact)
            case let .question(question, answer):
                if let card = context.question(question, answer) { slots.append(.card(card)) } else { skipped.answerOnFront += 1 }
            case .statement:
                switch context.cloze() {
                case let .success(card): slots.append(.card(card))
                case .failure(.noNumber): skipped.noNumber += 1
                case .failure(.answerOnFront): skipped.answerOnFront += 1
                }
            }
        }
        var cards: [AnkiCard] = []
        var seen = Set<String>()
        for slot in slots {
            let card: AnkiCard
            switch slot {
            case let .card(ready):
                card = ready
            case let .definitions(key):
                let group = definitions[key] ?? []
                let context = AnkiCardContext(
                    fact: group[0], path: Self.topicPath(group[0].topic, topics: topics),
                    conflicts: group.flatMap { conflicts[$0.id] ?? [] }
                )
                guard let definition = context.definition(group, reversed: reversed) else {
                    skipped.answerOnFront += group.count
                    continue
                }
                card = definition
            }
            if seen.insert(card.notetype + "\u{1F}" + card.front).inserted { cards.append(card) } else { skipped.duplicate += 1 }
        }
        return (cards, skipped)
    }

    private enum Slot {
        case card(AnkiCard)
        case definitions(String)
    }

    static func topicPath(_ slug: TopicSlug, topics: [TopicSlug: Topic]) -> [Topic] {
        var path: [Topic] = []
        var current: TopicSlug? = slug
        while let next = current, let topic = topics[next], path.count < 64 {
            path.insert(topic, at: 0)
            current = topic.parent
        }
        return path
    }
}
