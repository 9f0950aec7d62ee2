/// Writes the guide's cards as an Anki text-import CSV (Anki 2.1.55 and later), one note
/// per fact worth a card: definitions and questions as Basic notes, facts with a number as
/// Cloze notes.
public struct AnkiRenderer: OutputRenderer {
    public let format = "anki"

    public init() {}

    public func render(_ guide: Guide, templates: TemplateSet) throws(TemplateError) -> [RenderedFile] {
        let deck = AnkiDeck(guide)
        let text = try templates.render(deck, with: "deck")
        return [RenderedFile(path: "anki/\(Slug.make(guide.config.deckName)).csv", text: text)]
    }
}
