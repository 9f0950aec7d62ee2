/// Printable cheat sheets: one per root topic and one with every topic, laid out in columns
/// for the configured paper and, with a page budget, holding the facts that matter most.
public struct CheatSheetRenderer: OutputRenderer {
    public let format = "cheatsheet"
    public var settings: SheetSettings

    public init(settings: SheetSettings = SheetSettings()) {
        self.settings = settings
    }

    /// `cheatsheets/<topic>.html` per root topic, `cheatsheets/all.html`, and `cheatsheets/assets/*`.
    public func render(_ guide: Guide, templates: TemplateSet) throws(TemplateError) -> [RenderedFile] {
        var files: [RenderedFile] = []
        // Sheets are independent: they are planned and rendered on every core, the largest (the
        // sheet with every topic) first so that it does not run alone at the end, kept in order.
        let sheets = sheets(for: guide)
        let rendered = Parallel.map(sheets, costliestFirst: { $0.topics.reduce(0) { $0 + $1.section.factCount } }) { sheet in
            Result { () throws(TemplateError) -> RenderedFile in try render(sheet, templates: templates) }
        }
        for sheet in rendered { files.append(try sheet.get()) }
        return files + templates.assets(into: "cheatsheets")
    }

    /// Every sheet of the guide, before planning, in the order they are written. Each root
    /// topic's length is estimated once, on all cores: its own sheet and the sheet with every
    /// topic both choose their columns by it.
    public func sheets(for guide: Guide) -> [CheatSheet] {
        let model = guide.model
        let planner = SheetPlanner(paper: settings.paper, pages: settings.pages)
        let lines = Parallel.map(model.pages) { page in planner.estimatedLines([page.section]) }
        var sheets = zip(model.pages, lines).map { page, lines in
            CheatSheet(
                path: "cheatsheets/\(page.fileName)", title: page.title, guide: model, topics: [page.withHeadingBase(1)], isAll: false,
                estimatedLines: lines)
        }
        sheets.append(CheatSheet(
            path: "cheatsheets/all.html", title: model.title, guide: model, topics: model.pages.map { $0.withHeadingBase(2) },
            isAll: true, estimatedLines: lines.reduce(0, +)))
        return sheets
    }

    /// One sheet as HTML. `fill` below 1 plans for less than the estimated page capacity (after a
    /// print came out too long); `pageCount`, once a print has counted the pages, adds
    /// `page n of N` to each printed page.
    public func render(
        _ sheet: CheatSheet, templates: TemplateSet, fill: Double = 1, pageCount: Int? = nil
    ) throws(TemplateError) -> RenderedFile {
        let planner = SheetPlanner(paper: settings.paper, pages: settings.pages, fill: fill)
        let plan = planner.plan(sheet.topics.map(\.section), estimatedLines: sheet.estimatedLines)
        var topics = sheet.topics
        if sheet.isAll {
            // Topics left without a fact drop off the sheet with every topic.
            let kept = Dictionary(plan.sections.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
            topics = topics.compactMap { page -> TopicPage? in
                guard let section = kept[page.section.slug] else { return nil }
                var copy = page
                copy.section = section
                return copy
            }
        } else if let section = plan.sections.first, !topics.isEmpty {
            topics[0].section = section
        } else if !topics.isEmpty {
            topics[0].section.entries = []
            topics[0].section.hasEntries = false
            topics[0].section.subsections = []
            topics[0].section.hasSubsections = false
        }
        let context = CheatSheetContext(
            sheetTitle: sheet.title, guide: sheet.guide, topics: topics, isAll: sheet.isAll,
            layout: SheetLayoutView(paper: settings.paper, columns: plan.columns, pageCount: pageCount),
            omitted: plan.omittedFacts > 0 ? [OmittedNote(count: plan.omittedFacts)] : [])
        return try templates.render(context, with: "sheet", to: sheet.path)
    }
}

/// A sheet before planning: where it goes and every topic it could show.
public struct CheatSheet: Sendable {
    public var path: String
    public var title: String
    var guide: GuideViewModel
    var topics: [TopicPage]
    public var isAll: Bool
    /// The topics' `SheetPlanner.estimatedLines`, when worked out before planning.
    var estimatedLines: Double?
}

/// What a cheat sheet's template sees: one root topic (its title is the page's `h1`) or all of
/// them (the guide's title is the `h1`, each topic an `h2`).
struct CheatSheetContext {
    var sheetTitle: String
    var guide: GuideViewModel
    var topics: [TopicPage]
    var isAll: Bool
    var layout: SheetLayoutView
    /// Zero or one note counting the facts a page budget left out.
    var omitted: [OmittedNote]
}

extension CheatSheetContext: TemplateFields {
    static let templateFields: TemplateFieldTable<Self> = [
        "sheetTitle": .field(\.sheetTitle), "guide": .field(\.guide), "topics": .field(\.topics), "isAll": .field(\.isAll), "layout": .field(\.layout),
        "omitted": .field(\.omitted),
    ]
}
