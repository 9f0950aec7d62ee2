/// One note to write, before it has a GUID: what the student sees and what identifies it
/// from one build to the next.
struct AnkiCard: Equatable, Sendable {
    enum Kind: String, CaseIterable {
        case definition, question, cloze
    }

    var kind: Kind
    /// `Basic`, `Basic (and reversed card)` or `Cloze`: note types every Anki profile has.
    var notetype: String
    var topic: TopicSlug
    /// Titles from the root topic down to the card's own.
    var topicPath: [String]
    /// The first field (Front or Text), HTML.
    var front: String
    /// The second field (Back or Back Extra), HTML: the answer and where it comes from.
    var back: String
    var tags: [String]
    /// What stays the same when the wording is edited, as far as the text can tell:
    /// `term:<folded term>` for definitions, `fact:<fact id>` for the rest.
    var identity: String
    /// The folded words of the card, for matching an edited card to its previous build.
    var wording: String
    /// The fact id a fresh GUID is made from.
    var seed: String
    /// Every fact the card asks about: one, or each definition of a term. The site's quiz
    /// hides exactly these facts' answers.
    var facts: [FactID] = []
    /// A cloze card's fact HTML cut around each hidden occurrence of its number (see
    /// `ClozeMaker.Cloze.parts`), so the site's quiz marks the same occurrences without
    /// finding them again; empty for other cards.
    var clozeParts: [String] = []
}
