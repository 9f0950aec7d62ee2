/// What one site page's template sees: the guide, the page's place in the site, and the part of
/// the sidebar rendered into the page. The full topic list lives once in `assets/toc.js`
/// (`TopicListScript`), which fills the sidebar's placeholder, so pages stay small (mdBook's
/// `toc.js`); without scripts a page still links to the index and lists its own subtopics.
struct SitePageContext {
    var guide: GuideViewModel
    /// The page title for `<title>`: the topic, or the guide on the home page.
    var pageTitle: String
    /// The page's meta description.
    var pageDescription: String
    /// The way back to the site folder from this page: empty or `../`.
    var root: String
    /// The way to the per-topic pages' folder from this page: `topics/`, `../topics/` or empty.
    var topicsBase: String
    /// The page's file name, which the script marks as current; empty on the home page.
    var currentFile: String
    /// The page's own sidebar entry with its subtopics; empty on the home page.
    var sidebarCurrent: [SidebarItem]
    /// The page's topic; empty on the home page.
    var topic: [TopicPage]
    /// A topic page has the quiz toggle.
    var isTopic: Bool
    /// The flashcard page's deck; empty on other pages.
    var flashcards: [FlashcardDeck]

    init(index guide: GuideViewModel) {
        self.guide = guide
        pageTitle = guide.title
        pageDescription = guide.hasDescription ? guide.description : "\(guide.title): every topic of the study guide."
        root = ""
        topicsBase = "topics/"
        currentFile = ""
        sidebarCurrent = []
        topic = []
        isTopic = false
        flashcards = []
    }

    init(topic page: TopicPage, in guide: GuideViewModel) {
        self.guide = guide
        pageTitle = "\(page.title) · \(guide.title)"
        pageDescription = "\(page.title) in \(guide.title): \(page.section.factCountLabel) from \(page.section.sourceCountLabel)."
        root = "../"
        topicsBase = ""
        currentFile = page.fileName
        sidebarCurrent = [SidebarItem(page: page)]
        topic = [page.withHeadingBase(1)]
        isTopic = true
        flashcards = []
    }

    /// A flashcard page: one root topic's cards, or every card with `page` nil.
    init(flashcards page: TopicPage?, cardCount: Int, in guide: GuideViewModel) {
        self.guide = guide
        let title = page.map { "Flashcards: \($0.title)" } ?? "Flashcards: the whole guide"
        pageTitle = "\(title) · \(guide.title)"
        pageDescription = "\(title) from \(guide.title): \(Plural.count(cardCount, "card")) to study with again, good and easy."
        root = "../"
        topicsBase = "../topics/"
        currentFile = page?.fileName ?? ""
        sidebarCurrent = []
        topic = []
        isTopic = false
        let scripts = (page.map { [$0] } ?? guide.pages).map { "../cards/" + Self.cardScriptName($0.fileName) }
        flashcards = [FlashcardDeck(
            title: title, topicHref: page.map { "../topics/" + $0.fileName } ?? "../index.html",
            topicTitle: page?.title ?? guide.title, deck: page?.fileName ?? "", hasDeck: page != nil, cardCount: cardCount, progressMax: max(cardCount, 1),
            cardCountLabel: Plural.count(cardCount, "card"), scripts: scripts)]
    }

    /// `storage.html` → `storage.js`.
    static func cardScriptName(_ pageFile: String) -> String {
        (pageFile.hasSuffix(".html") ? String(pageFile.dropLast(5)) : pageFile) + ".js"
    }
}

/// What a flashcard page studies and the card scripts it loads.
struct FlashcardDeck {
    var title: String
    var topicHref: String
    var topicTitle: String
    /// The root topic's page file, or empty for the whole guide.
    var deck: String
    var hasDeck: Bool
    var cardCount: Int
    /// The progress bar's maximum: the card count, but at least 1 (HTML wants it positive).
    var progressMax: Int
    var cardCountLabel: String
    var scripts: [String]
}

/// The current root topic in the sidebar, with its subtopics.
struct SidebarItem {
    var title: String
    var href: String
    var toc: [TopicNode]
    var hasToc: Bool

    init(page: TopicPage) {
        title = page.title
        href = page.fileName
        toc = page.toc
        hasToc = !toc.isEmpty
    }
}

extension SitePageContext: TemplateFields {
    static let templateFields: TemplateFieldTable<Self> = [
        "guide": .field(\.guide), "pageTitle": .field(\.pageTitle), "pageDescription": .field(\.pageDescription), "root": .field(\.root),
        "topicsBase": .field(\.topicsBase), "currentFile": .field(\.currentFile), "sidebarCurrent": .field(\.sidebarCurrent),
        "topic": .field(\.topic), "isTopic": .field(\.isTopic), "flashcards": .field(\.flashcards),
    ]
}

extension FlashcardDeck: TemplateFields {
    static let templateFields: TemplateFieldTable<Self> = [
        "title": .field(\.title), "topicHref": .field(\.topicHref), "topicTitle": .field(\.topicTitle), "deck": .field(\.deck), "hasDeck": .field(\.hasDeck),
        "cardCount": .field(\.cardCount), "progressMax": .field(\.progressMax), "cardCountLabel": .field(\.cardCountLabel), "scripts": .field(\.scripts),
    ]
}

extension SidebarItem: TemplateFields {
    static let templateFields: TemplateFieldTable<Self> = [
        "title": .field(\.title), "href": .field(\.href), "toc": .field(\.toc), "hasToc": .field(\.hasToc),
    ]
}
