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
        let positions = graph.factPositions()
        var disagreements: [FactID: [(other: MergedFact, reason: String)]] = [:]
        for conflict in graph.conflicts {
            for id in conflict.facts {
                for otherID in conflict.facts where otherID != id {
                    if let other = positions[otherID] { disagreements[id, default: []].append((graph.facts[other], conflict.reason)) }
                }
            }
        }
        let conflicts = disagreements
        // Facts in topic order (a parent topic's before its children's), so each deck's
        // rows come after its parent deck's: bucketed by their topic's position (facts of an
        // unknown topic first), in graph order within a topic.
        let topicOrder = Dictionary(graph.topics.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })
        var byTopic = [[Int]](repeating: [], count: graph.topics.count + 1)
        for offset in graph.facts.indices { byTopic[(topicOrder[graph.facts[offset].topic] ?? -1) + 1].append(offset) }
        // The facts' positions in the graph, in that order.
        let ordered = byTopic.flatMap { $0 }
        // What cards show of their topic, and their source tags, once per topic and file.
        let trails = topics.mapValues { AnkiTopicTrail(Self.topicPath($0.slug, topics: topics)) }
        let sourceTags = Dictionary(graph.sources.map { ($0.file, AnkiCardContext.sourceTag($0.file)) }, uniquingKeysWith: { first, _ in first })
        let noTopic = AnkiTopicTrail([])

        // Each fact's card is made on its own, on every core; slots, groups and counts are then
        // gathered in order.
        // Facts are read in place, and copied only into the context of a card made of one.
        let made = InPlace.read(graph.facts) { facts in
            Parallel.map(ordered, inChunksOf: 256) { position -> Made in
                func context() -> AnkiCardContext {
                    let fact = facts[position]
                    return AnkiCardContext(
                        fact: fact, trail: trails[fact.topic] ?? noTopic, conflicts: conflicts[fact.id] ?? [], sourceTags: sourceTags)
                }
                switch facts[position].kind {
                case let .definition(term, _):
                    // Definitions of one term in one topic make one card listing them all.
                    return .definition(key: facts[position].topic.rawValue + "\u{1F}" + FoldedText.key(of: term))
                case let .question(question, answer):
                    return context().question(question, answer).map(Made.card) ?? .skipped(.answerOnFront)
                case .statement:
                    switch context().cloze() {
                    case let .success(card): return .card(card)
                    case let .failure(failure): return .skipped(failure)
                    }
                }
            }
        }
        var skipped = Skipped()
        var slots: [Slot] = []
        var definitions: [String: [MergedFact]] = [:]
        for (position, made) in zip(ordered, made) {
            switch made {
            case let .definition(key):
                if definitions[key] == nil { slots.append(.definitions(key)) }
                definitions[key, default: []].append(graph.facts[position])
            case let .card(card):
                slots.append(.card(card))
            case .skipped(.noNumber):
                skipped.noNumber += 1
            case .skipped(.answerOnFront):
                skipped.answerOnFront += 1
            }
        }
        let groups = definitions
        let reversed = reversed
        let built = Parallel.map(slots, inChunksOf: 256) { slot -> AnkiCard? in
            switch slot {
            case let .card(ready):
                return ready
            case let .definitions(key):
                let group = groups[key] ?? []
                let context = AnkiCardContext(
                    fact: group[0], trail: trails[group[0].topic] ?? noTopic,
                    conflicts: group.flatMap { conflicts[$0.id] ?? [] }, sourceTags: sourceTags
                )
                return context.definition(group, reversed: reversed)
            }
        }
        var cards: [AnkiCard] = []
        // Made its size once: growing it hashed every card's front again at each step, and a
        // front beyond ASCII is normalized to be hashed.
        var seen = Set<String>(minimumCapacity: slots.count)
        for (slot, card) in zip(slots, built) {
            guard let card else {
                if case let .definitions(key) = slot { skipped.answerOnFront += groups[key]?.count ?? 0 }
                continue
            }
            if seen.insert(card.notetype + "\u{1F}" + card.front).inserted { cards.append(card) } else { skipped.duplicate += 1 }
        }
        return (cards, skipped)
    }

    /// What one fact gives on its own: a card, its place in a term's definitions, or nothing.
    private enum Made: Sendable {
        case card(AnkiCard)
        case definition(key: String)
        case skipped(AnkiCardContext.ClozeFailure)
    }

    private enum Slot: Sendable {
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
