/// What one site page's template sees: the guide, the page's place in the site, and the part of
/// the sidebar rendered into the page. The full topic list lives once in `assets/toc.js`
/// (`TopicListScript`), which fills the sidebar's placeholder, so pages stay small (mdBook's
/// `toc.js`); without scripts a page still links to the index and lists its own subtopics.
struct SitePageContext {
    var guide: GuideViewModel
    /// The page title for `<title>`: the topic, or the guide on the home page.
    var pageTitle: String
    /// The way back to the site folder from this page: empty or `../`.
    var root: String
    /// The way to the per-topic pages' folder from this page: `topics/` or empty.
    var topicsBase: String
    /// The page's file name, which the script marks as current; empty on the home page.
    var currentFile: String
    /// The page's own sidebar entry with its subtopics; empty on the home page.
    var sidebarCurrent: [SidebarItem]
    /// The page's topic; empty on the home page.
    var topic: [TopicPage]

    init(index guide: GuideViewModel) {
        self.guide = guide
        pageTitle = guide.title
        root = ""
        topicsBase = "topics/"
        currentFile = ""
        sidebarCurrent = []
        topic = []
    }

    init(topic page: TopicPage, in guide: GuideViewModel) {
        self.guide = guide
        pageTitle = "\(page.title) · \(guide.title)"
        root = "../"
        topicsBase = ""
        currentFile = page.fileName
        sidebarCurrent = [SidebarItem(page: page)]
        topic = [page.withHeadingBase(1)]
    }
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
    static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "guide": \.guide, "pageTitle": \.pageTitle, "root": \.root, "topicsBase": \.topicsBase,
        "currentFile": \.currentFile, "sidebarCurrent": \.sidebarCurrent, "topic": \.topic,
    ]
}

extension SidebarItem: TemplateFields {
    static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "title": \.title, "href": \.href, "toc": \.toc, "hasToc": \.hasToc,
    ]
}
