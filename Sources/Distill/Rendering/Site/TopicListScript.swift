/// What `toc-script.mustache` sees: every root topic as JavaScript string literals, written once
/// into `site/assets/toc.js` instead of into every page.
struct TopicListScript {
    var topics: [ScriptTopic]

    /// `cardCounts` gives each page's number of flashcards, in page order.
    init(_ guide: GuideViewModel, cardCounts: [Int] = []) {
        topics = guide.pages.enumerated().map { index, page in
            ScriptTopic(title: page.title, href: page.fileName, cards: cardCounts.indices.contains(index) ? cardCounts[index] : 0)
        }
    }
}

/// One root topic; title and href are quoted literals, ready for a triple-mustache.
struct ScriptTopic {
    var title: String
    var href: String
    /// How many flashcards the topic has, for the home page's progress bars.
    var cards: Int

    init(title: String, href: String, cards: Int = 0) {
        self.title = JavaScriptString.literal(title)
        self.href = JavaScriptString.literal(href)
        self.cards = cards
    }
}

extension TopicListScript: TemplateFields {
    static let templateFields: TemplateFieldTable<Self> = ["topics": .field(\.topics)]
}

extension ScriptTopic: TemplateFields {
    static let templateFields: TemplateFieldTable<Self> = ["title": .field(\.title), "href": .field(\.href), "cards": .field(\.cards)]
}
