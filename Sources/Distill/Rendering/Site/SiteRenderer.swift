/// The study guide as a static website: a home page with the topic tree, one page per root
/// topic, the stylesheet, and the sidebar's topic list as a script. Every link is relative and
/// the script is a plain `<script src>`, so the site works from `file://`.
public struct SiteRenderer: OutputRenderer {
    public let format = "site"

    public init() {}

    /// `site/index.html`, `site/topics/<topic>.html` per root topic, `site/assets/toc.js` and the
    /// copied `site/assets/*`.
    public func render(_ guide: Guide, templates: TemplateSet) throws(TemplateError) -> [RenderedFile] {
        let model = GuideViewModel(guide)
        var files = [
            RenderedFile(path: "site/index.html", text: try templates.render(SitePageContext(index: model), with: "index"))
        ]
        // Pages are independent: they render on every core, kept in reading order.
        let pages = Parallel.map(model.pages) { page in
            Result { () throws(TemplateError) -> RenderedFile in
                let context = SitePageContext(topic: page, in: model)
                return RenderedFile(path: "site/topics/\(page.fileName)", text: try templates.render(context, with: "topic"))
            }
        }
        for page in pages { files.append(try page.get()) }
        files.append(RenderedFile(path: "site/assets/toc.js", text: try templates.render(TopicListScript(model), with: "toc-script")))
        return files + templates.assets(into: "site")
    }
}
