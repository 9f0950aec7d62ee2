/// The view model of one deck file: one row per note, every field already quoted for CSV.
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

    /// Notes in the order given; callers give parent decks' notes before their children's.
    init(_ rows: [(card: AnkiCard, guid: String, deck: String)]) {
        notes = rows.map { row in
            Note(
                notetype: CSVField.quote(row.card.notetype), deck: CSVField.quote(row.deck),
                tags: CSVField.quote(row.card.tags.joined(separator: " ")), guid: CSVField.quote(row.guid),
                front: CSVField.quote(row.card.front), back: CSVField.quote(row.card.back)
            )
        }
    }
}

extension AnkiDeck: TemplateFields {
    static let templateFields: TemplateFieldTable<Self> = ["notes": .field(\.notes)]
}

extension AnkiDeck.Note: TemplateFields {
    static let templateFields: TemplateFieldTable<Self> = [
        "notetype": .field(\.notetype), "deck": .field(\.deck), "tags": .field(\.tags), "guid": .field(\.guid), "front": .field(\.front), "back": .field(\.back),
    ]
}
