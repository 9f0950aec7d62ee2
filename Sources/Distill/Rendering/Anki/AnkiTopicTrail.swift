/// What every card of one topic shows and is tagged with, worked out once per topic rather
/// than once per card.
struct AnkiTopicTrail: Sendable {
    /// The titles from the root topic down.
    let titles: [String]
    /// The titles joined by ` › `, escaped for HTML: the line above a card's question.
    let line: String
    /// `topic::<root>::<child>`, or `topic::general` outside any topic.
    let tag: String
    /// The numbers `line` shows (`ClozeMaker.freeNumbers`): a cloze may not hide one of them.
    let numbers: Set<String>

    /// `path` runs from the root topic down.
    init(_ path: [Topic]) {
        titles = path.map(\.title)
        line = titles.joined(separator: " › ").htmlEscaped
        tag = "topic::" + (titles.isEmpty ? ["general"] : titles.map(Slug.make)).joined(separator: "::")
        numbers = ClozeMaker.freeNumbers(in: line)
    }
}
