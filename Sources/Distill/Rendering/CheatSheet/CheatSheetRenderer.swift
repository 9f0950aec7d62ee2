/// Printable cheat sheets: one dense A4 page set per root topic and one with every topic.
public struct CheatSheetRenderer: OutputRenderer {
    public let format = "cheatsheet"

    public init() {}

    /// `cheatsheets/<topic>.html` per root topic, `cheatsheets/all.html`, and `cheatsheets/assets/*`.
    public func render(_ guide: Guide, templates: TemplateSet) throws(TemplateError) -> [RenderedFile] {
        let model = GuideViewModel(guide)
        var files: [RenderedFile] = []
        for page in model.pages {
            let context = CheatSheetContext(sheetTitle: page.title, guide: model, topics: [page.withHeadingBase(1)], isAll: false)
            files.append(RenderedFile(path: "cheatsheets/\(page.fileName)", text: try templates.render(context, with: "sheet")))
        }
        let all = CheatSheetContext(
            sheetTitle: model.title, guide: model, topics: model.pages.map { $0.withHeadingBase(2) }, isAll: true)
        files.append(RenderedFile(path: "cheatsheets/all.html", text: try templates.render(all, with: "sheet")))
        return files + templates.assets(into: "cheatsheets")
    }
}

/// What a cheat sheet's template sees: one root topic (its title is the page's `h1`) or all of
/// them (the guide's title is the `h1`, each topic an `h2`).
struct CheatSheetContext {
    var sheetTitle: String
    var guide: GuideViewModel
    var topics: [TopicPage]
    var isAll: Bool
}

extension CheatSheetContext: TemplateFields {
    static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "sheetTitle": \.sheetTitle, "guide": \.guide, "topics": \.topics, "isAll": \.isAll,
    ]
}
