/// The guide's settings, read from `distill.yml` in the input folder.
public struct GuideConfig: Hashable, Sendable {
    /// The guide's title, shown on every page, sheet and as the root deck.
    public var title: String
    /// One or two sentences shown on the home page and in meta descriptions.
    public var description: String
    /// Who wrote the notes; shown in page footers.
    public var author: String
    /// The Anki deck name (the root of the deck hierarchy).
    public var deckName: String
    /// Cheat sheet paper, page budget and PDF printing (`paper`, `landscape`, `pages`, `pdf`).
    public var sheets = SheetSettings()
    /// Topic names to merge or keep apart (`aliases`, `separate`).
    public var topics = TopicRules()

    public init(title: String = "Study Guide", description: String = "", author: String = "", deckName: String? = nil) {
        self.title = title
        self.description = description
        self.author = author
        self.deckName = deckName ?? title
    }

    /// The keys `distill.yml` may hold, with what each means (for messages and docs).
    public static let keys: [(key: String, meaning: String)] = [
        ("title", "the guide's title"),
        ("description", "a short summary for the home page"),
        ("author", "who wrote the notes"),
        ("deck", "the Anki deck name; defaults to the title"),
        ("paper", "cheat sheet paper: a4 or letter, optionally -landscape"),
        ("landscape", "true to print cheat sheets in landscape"),
        ("pages", "the page budget of each cheat sheet"),
        ("pdf", "true to print cheat sheets to PDF with Chromium"),
        ("aliases", "topic names to merge: a mapping from the shown name to a list of other names"),
        ("separate", "topic names never to merge: a list of lists of names"),
    ]
}
