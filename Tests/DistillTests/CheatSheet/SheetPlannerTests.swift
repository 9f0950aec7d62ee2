import Foundation
import Testing

@testable import Distill

@Suite struct SheetPlannerTests {
    /// The planner counts a fact's visible characters on bytes where it can: the same count as
    /// the visible text has.
    @Test(arguments: [
        "plain words", "<strong>Bold</strong> and <code>code</code>", "a &lt; b &amp;&amp; c", "It&#39;s <em>here</em>",
        "café <b>crème</b>", "", "<br>", "1 &lt; 2 > 0", "unclosed <tag", "line\r\nbreak", "stray > mark",
    ])
    func visibleCharactersAreCountedAsTheTextHasThem(_ html: String) {
        #expect(SheetText.plainCount(html) == HTMLText.plain(html).count)
    }

    /// The length each sheet carries, estimated once per root topic, is the one the planner
    /// works out for the sheet's own topics, on every paper: the sheet with every topic adds
    /// its topics' lengths in the order the planner would.
    @Test func eachSheetCarriesThePlannersEstimate() {
        for paper in [Paper(), Paper(size: .letter, landscape: true)] {
            let renderer = CheatSheetRenderer(settings: SheetSettings(paper: paper))
            let sheets = renderer.sheets(for: SheetSamples.guide())
            #expect(sheets.count == 4)
            for sheet in sheets {
                let estimate = SheetPlanner(paper: paper, pages: nil).estimatedLines(sheet.topics.map(\.section))
                #expect(sheet.estimatedLines == estimate, "\(sheet.path)")
                #expect(estimate > 0)
            }
        }
    }

    @Test func keepsEverythingWithoutABudget() throws {
        let sheet = try #require(CheatSheetRenderer().sheets(for: SheetSamples.guide()).last)
        let plan = SheetPlanner(paper: Paper(), pages: nil).plan(sheet.topics.map(\.section))
        #expect(plan.omittedFacts == 0)
        #expect(plan.shownFacts == 3 * 2 * 24)
    }

    @Test func aBudgetKeepsTheWeightiestFactsAndCountsTheRest() throws {
        let sheet = try #require(CheatSheetRenderer().sheets(for: SheetSamples.guide()).last)
        let plan = SheetPlanner(paper: Paper(), pages: 1).plan(sheet.topics.map(\.section))
        #expect(plan.omittedFacts > 0)
        #expect(plan.shownFacts + plan.omittedFacts == 3 * 2 * 24)
        var kept: [FactView] = []
        func walk(_ section: SectionView) {
            kept += section.entries.flatMap(\.facts)
            section.subsections.forEach(walk)
        }
        plan.sections.forEach(walk)
        // Facts said by four sources carry a number or a term in the samples: all are kept first.
        let lowest = kept.map(FactPriority.score).min() ?? 0
        #expect(kept.contains { $0.hasConflicts })
        #expect(lowest >= 4, "a one-source plain remark was kept while weightier facts were dropped")
    }

    @Test func asmallerFillKeepsFewerFacts() throws {
        let sheet = try #require(CheatSheetRenderer().sheets(for: SheetSamples.guide()).first)
        let full = SheetPlanner(paper: Paper(), pages: 1, fill: 1).plan(sheet.topics.map(\.section))
        let half = SheetPlanner(paper: Paper(), pages: 1, fill: 0.5).plan(sheet.topics.map(\.section))
        #expect(half.shownFacts < full.shownFacts)
    }

    @Test func dropsAsidesButNeverWordsOrNumbers() {
        #expect(SheetText.droppingAsides("Glacier (the cold tier) keeps archives") == "Glacier keeps archives")
        #expect(SheetText.droppingAsides("Max size (5 TB) per object") == "Max size (5 TB) per object")
        #expect(SheetText.droppingAsides("<a href=\"x(y)\">link</a> (aside)") == "<a href=\"x(y)\">link</a>")
        #expect(SheetText.droppingAsides("(only an aside)") == "(only an aside)")
    }

    @Test func prioritiesFollowSourcesNumbersDefinitionsAndConflicts() throws {
        let sheet = try #require(CheatSheetRenderer().sheets(for: SheetSamples.guide()).first)
        let facts = sheet.topics[0].section.subsections[0].entries.flatMap(\.facts)
        let definition = try #require(facts.first { $0.isDefinition && $0.sources.count == 1 })
        let plain = try #require(facts.first { $0.kindName == "statement" && $0.sources.count == 3 && !$0.html.contains(where: \.isNumber) })
        #expect(FactPriority.score(definition) > 2)
        #expect(FactPriority.score(plain) == 6)
    }

    @Test(arguments: [
        ("a4", Paper(size: .a4)), ("letter", Paper(size: .letter)), ("a4-landscape", Paper(size: .a4, landscape: true)),
        ("Letter-Landscape", Paper(size: .letter, landscape: true)), ("letter-portrait", Paper(size: .letter)),
    ])
    func parsesPaperNames(_ text: String, _ paper: Paper) {
        #expect(Paper(parsing: text) == paper)
    }

    @Test func rejectsUnknownPaper() {
        #expect(Paper(parsing: "a5") == nil)
        #expect(Paper(parsing: "a4-sideways") == nil)
    }

    @Test func readsSheetSettingsFromTheConfig() {
        let (config, diagnostics) = ConfigLoader.parse("landscape: true\npaper: letter\npages: 2\npdf: yes\n")
        #expect(diagnostics.isEmpty)
        #expect(config.sheets == SheetSettings(paper: Paper(size: .letter, landscape: true), pages: 2, pdf: true))
        let (_, bad) = ConfigLoader.parse("pages: many\n")
        #expect(bad.map(\.description) == ["distill.yml:1:8: error: 'pages' must be a whole number of pages, 1 or more"])
    }
}
