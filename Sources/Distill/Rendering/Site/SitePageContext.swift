/// What one site page's template sees: the guide, the page's place in the site, and the sidebar.
struct SitePageContext {
    var guide: GuideViewModel
    /// The page title for `<title>`: the topic, or the guide on the home page.
    var pageTitle: String
    /// The way back to the site folder from this page: empty or `../`.
    var root: String
    /// The way to the per-topic pages' folder from this page: `topics/` or empty.
    var topicsBase: String
    var sidebar: [SidebarItem]
    /// The page's topic; empty on the home page.
    var topic: [TopicPage]

    init(index guide: GuideViewModel) {
        self.guide = guide
        pageTitle = guide.title
        root = ""
        topicsBase = "topics/"
        sidebar = guide.pages.map { SidebarItem(page: $0, current: nil) }
        topic = []
    }

    init(topic page: TopicPage, in guide: GuideViewModel) {
        self.guide = guide
        pageTitle = "\(page.title) · \(guide.title)"
        root = "../"
        topicsBase = ""
        sidebar = guide.pages.map { SidebarItem(page: $0, current: page) }
        topic = [page.withHeadingBase(1)]
    }
}

/// A root topic in the sidebar; the current one carries its subtopics.
struct SidebarItem {
    var title: String
    var href: String
    var isCurrent: Bool
    var toc: [TopicNode]
    var hasToc: Bool

    init(page: TopicPage, current: TopicPage?) {
        title = page.title
        href = page.fileName
        isCurrent = page.fileName == current?.fileName
        toc = isCurrent ? page.toc : []
        hasToc = !toc.isEmpty
    }
}

extension SitePageContext: TemplateFields {
    static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "guide": \.guide, "pageTitle": \.pageTitle, "root": \.root, "topicsBase": \.topicsBase,
        "sidebar": \.sidebar, "topic": \.topic,
    ]
}

extension SidebarItem: TemplateFields {
    static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "title": \.title, "href": \.href, "isCurrent": \.isCurrent, "toc": \.toc, "hasToc": \.hasToc,
    ]
}
