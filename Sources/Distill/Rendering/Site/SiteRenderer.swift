/// The study guide as a static website: a home page with the topic tree, one page per root
/// topic with its quiz, a flashcard page per root topic and one for the whole guide, the
/// stylesheet and scripts, the search index and a sitemap. Every link is relative and every
/// script a plain `<script src>` (the pages forbid inline scripts), so the site works from
/// `file://`, from a sub-path and from any static server.
public struct SiteRenderer: OutputRenderer {
    public let format = "site"

    public init() {}

    /// `site/index.html`, `site/topics/<topic>.html` and `site/flashcards/<topic>.html` per root
    /// topic, `site/flashcards/index.html`, `site/cards/<topic>.js`, `site/assets/toc.js`,
    /// `site/assets/search-index.js`, `site/sitemap.xml` and the copied `site/assets/*`.
    public func render(_ guide: Guide, templates: TemplateSet) throws(TemplateError) -> [RenderedFile] {
        let model = guide.model
        let cards = StudyCards(guide, model: model)
        let parts: [Part] = [.home] + model.pages.map(Part.page) + [.allFlashcards, .topicList, .searchIndex]
        // Parts are independent: they render on every core, the largest first so that none is
        // left to run alone at the end, and are kept in reading order.
        let rendered = Parallel.map(parts, costliestFirst: { $0.cost(in: model) }) { part in
            Result { () throws(TemplateError) -> [RenderedFile] in
                try render(part, model: model, cards: cards, templates: templates)
            }
        }
        var files: [RenderedFile] = []
        for part in rendered { files += try part.get() }
        files.append(RenderedFile(path: "site/sitemap.xml", text: Self.sitemap(model)))
        return files + templates.assets(into: "site")
    }

    /// A piece of the site that renders on its own.
    private enum Part: Sendable {
        case home
        case page(TopicPage)
        case allFlashcards
        case topicList
        case searchIndex

        /// A rough measure of the work, to start the largest parts first.
        func cost(in model: GuideViewModel) -> Int {
            switch self {
            case .home, .searchIndex: model.pages.reduce(0) { $0 + $1.section.factCount }
            case let .page(page): page.section.factCount
            case .allFlashcards, .topicList: model.pages.count
            }
        }
    }

    private func render(
        _ part: Part, model: GuideViewModel, cards: StudyCards, templates: TemplateSet
    ) throws(TemplateError) -> [RenderedFile] {
        switch part {
        case .home:
            return [try templates.render(SitePageContext(index: model), with: "index", to: "site/index.html")]
        case let .page(page):
            let count = cards.cardsByPage[page.fileName]?.count ?? 0
            let context = SitePageContext(topic: cards.marked(page), in: model)
            let deck = SitePageContext(flashcards: page, cardCount: count, in: model)
            return [
                try templates.render(context, with: "topic", to: "site/topics/\(page.fileName)"),
                try templates.render(deck, with: "flashcards", to: "site/flashcards/\(page.fileName)"),
                RenderedFile(
                    path: "site/cards/\(SitePageContext.cardScriptName(page.fileName))",
                    text: cards.script(page: page.fileName, title: page.title)),
            ]
        case .allFlashcards:
            let total = model.pages.reduce(0) { $0 + (cards.cardsByPage[$1.fileName]?.count ?? 0) }
            let everything = SitePageContext(flashcards: nil, cardCount: total, in: model)
            return [try templates.render(everything, with: "flashcards", to: "site/flashcards/index.html")]
        case .topicList:
            let topicList = TopicListScript(model, cardCounts: model.pages.map { cards.cardsByPage[$0.fileName]?.count ?? 0 })
            return [try templates.render(topicList, with: "toc-script", to: "site/assets/toc.js")]
        case .searchIndex:
            return [RenderedFile(path: "site/assets/search-index.js", text: SearchIndex(model).script)]
        }
    }

    /// Every page, with locations relative to the site folder: the guide has no fixed address,
    /// and a crawler resolves relative locations against the sitemap's own URL.
    static func sitemap(_ model: GuideViewModel) -> String {
        var pages = ["index.html", "flashcards/index.html"]
        for page in model.pages {
            pages.append("topics/" + page.fileName)
            pages.append("flashcards/" + page.fileName)
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            + pages.map { "<url><loc>\($0.htmlEscaped)</loc></url>\n" }.joined() + "</urlset>\n"
    }
}
