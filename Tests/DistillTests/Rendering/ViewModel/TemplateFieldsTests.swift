import Testing

@testable import Distill

@Suite struct TemplateFieldsTests {
    /// Every stored property is readable by templates, and the table names nothing else.
    static func expectComplete<T: TemplateFields>(_ value: T, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let stored = Set(Mirror(reflecting: value).children.compactMap(\.label))
        #expect(Set(T.templateFields.keys) == stored, "\(T.self)", sourceLocation: sourceLocation)
        for (name, field) in T.templateFields {
            #expect(value.templateValue(named: name) != nil, "\(T.self).\(name)", sourceLocation: sourceLocation)
            // Pages look fields up by symbol: the name's symbol finds the field the table lists it with.
            #expect(
                value.templateValue(symbol: TemplateSymbols.symbol(for: name)).map { "\($0)" } == "\(field.read(value))",
                "\(T.self).\(name)", sourceLocation: sourceLocation)
        }
        #expect(value.templateValue(symbol: TemplateSymbols.symbol(for: "no such field \(T.self)")) == nil, sourceLocation: sourceLocation)
    }

    @Test func viewModelTablesListEveryStoredProperty() throws {
        let model = GuideViewModel(RenderingFixtures.studyGuide)
        Self.expectComplete(model)
        Self.expectComplete(try #require(model.stats.first))
        Self.expectComplete(try #require(model.sources.first))
        Self.expectComplete(try #require(model.conflicts.first))
        Self.expectComplete(try #require(model.conflicts.first?.facts.first))
        Self.expectComplete(try #require(model.tree.first))
        let page = try #require(model.pages.first)
        Self.expectComplete(page)
        Self.expectComplete(try #require(page.next.first))
        Self.expectComplete(page.section)
        let entries = page.section.entries + page.section.subsections.flatMap(\.entries)
        let table = try #require(entries.lazy.compactMap(\.table.first).first)
        Self.expectComplete(table)
        Self.expectComplete(try #require(table.rows.first))
        Self.expectComplete(try #require(table.header.first))
        let facts = entries.flatMap(\.facts)
        Self.expectComplete(try #require(entries.first))
        let conflicted = try #require(facts.first { $0.hasConflicts })
        Self.expectComplete(conflicted)
        Self.expectComplete(conflicted.sources)
        Self.expectComplete(try #require(conflicted.conflicts.first))
        let code = try #require(model.pages.lazy.flatMap(\.section.entries).compactMap(\.code.first).first)
        Self.expectComplete(code)
    }

    @Test func pageContextTablesListEveryStoredProperty() throws {
        let model = GuideViewModel(RenderingFixtures.studyGuide)
        let page = try #require(model.pages.first)
        let context = SitePageContext(topic: page, in: model)
        Self.expectComplete(context)
        Self.expectComplete(try #require(context.sidebarCurrent.first))
        let script = TopicListScript(model)
        Self.expectComplete(script)
        Self.expectComplete(try #require(script.topics.first))
        Self.expectComplete(
            CheatSheetContext(
                sheetTitle: "t", guide: model, topics: [page], isAll: false,
                layout: SheetLayoutView(paper: Paper(), columns: 3, pageCount: nil), omitted: []))
    }
}
