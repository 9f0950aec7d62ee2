import Foundation

/// Writes the guide's cards as Anki text-import CSV files (Anki 2.1.55 and later): one
/// deck file for the guide, or one per root topic with `split`, plus the GUID map the
/// next build reads to keep every note's GUID (see `AnkiGUIDAssigner`).
public struct AnkiRenderer: OutputRenderer {
    public let format = "anki"
    /// One deck file per root topic.
    public var split: Bool
    /// Definitions get a reversed card too.
    public var reversed: Bool
    /// The output folder whose previous GUID map is read; nil reads none.
    public var previousOutput: URL?
    /// The previous GUID map when it was read already; `previousOutput` is then not read.
    var previousGUIDs: AnkiGUIDMap?

    public init(split: Bool = false, reversed: Bool = false, previousOutput: URL? = nil) {
        self.split = split
        self.reversed = reversed
        self.previousOutput = previousOutput
    }

    public func render(_ guide: Guide, templates: TemplateSet) throws(TemplateError) -> [RenderedFile] {
        // Without reversed cards the deck is the guide's shared card list.
        let cards = reversed ? AnkiCardMaker(graph: guide.graph, reversed: true).cards().cards : guide.cards
        let previous = previousGUIDs ?? previousOutput.map { AnkiGUIDMap.load(fromOutput: $0) } ?? AnkiGUIDMap()
        let (guids, map) = AnkiGUIDAssigner(previous: previous).assign(cards)
        var namer = AnkiDeckNamer()
        let root = guide.config.deckName
        let rows = cards.indices.map { (card: cards[$0], guid: guids[$0], deck: namer.name(root: root, path: cards[$0].topicPath)) }
        let deckSlug = Slug.make(root)
        var files: [RenderedFile] = []
        if split {
            var groups: [String: [(card: AnkiCard, guid: String, deck: String)]] = [:]
            var order: [String] = []
            for row in rows {
                let name = row.card.topicPath.first.map(Slug.make) ?? "general"
                if groups[name] == nil { order.append(name) }
                groups[name, default: []].append(row)
            }
            for name in order {
                files.append(try templates.render(AnkiDeck(groups[name] ?? []), with: "deck", to: "anki/\(deckSlug)/\(name).csv"))
            }
        } else {
            files.append(try templates.render(AnkiDeck(rows), with: "deck", to: "anki/\(deckSlug).csv"))
        }
        files.append(map.file)
        return files
    }
}
