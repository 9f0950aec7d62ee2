import Foundation
import Testing

@testable import Distill

/// Prints sample sheets with headless Chromium and checks the PDFs with poppler. Without
/// Chromium these tests are skipped, except in CI (`CI=true`), where that is a failure.
@Suite(.serialized) struct SheetPrintTests {
    static let papers: [Paper] = [
        Paper(size: .a4), Paper(size: .letter), Paper(size: .a4, landscape: true), Paper(size: .letter, landscape: true),
    ]

    @Test(arguments: papers)
    func printsWithinTheBudgetOnEveryPaper(_ paper: Paper) throws {
        guard let chromium = try Self.chromium() else { return }
        let settings = SheetSettings(paper: paper, pages: 1, pdf: true)
        let (html, pdf) = try Self.print(SheetSamples.guide(), settings: settings, chromium: chromium, sheet: "all.html")
        let info = try Poppler.info(pdf)
        let (width, height) = paper.millimetres
        #expect(abs(info.width - width * 72 / 25.4) < 2, "page width of \(paper.name)")
        #expect(abs(info.height - height * 72 / 25.4) < 2, "page height of \(paper.name)")
        #expect(info.pages == 1, "\(paper.name): \(info.pages) pages over a budget of 1")
        try Self.checkFacts(html: html, pdf: pdf, pages: info.pages)
        let text = try Poppler.text(pdf, page: 1)
        #expect(text.contains("more facts in the guide"))
        #expect(text.contains("page 1 of 1"))
        #expect(text.contains("Sample Guide"))
    }

    @Test func aLongerBudgetHoldsMoreAndNumbersEveryPage() throws {
        guard let chromium = try Self.chromium() else { return }
        let settings = SheetSettings(paper: Paper(size: .a4), pages: 2, pdf: true)
        let (html, pdf) = try Self.print(SheetSamples.guide(factsPerTopic: 60), settings: settings, chromium: chromium, sheet: "all.html")
        let info = try Poppler.info(pdf)
        #expect(info.pages >= 1 && info.pages <= 2)
        try Self.checkFacts(html: html, pdf: pdf, pages: info.pages)
        for page in 1...info.pages {
            let text = try Poppler.text(pdf, page: page)
            #expect(text.contains("page \(page) of \(info.pages)"), "page \(page) lacks its number")
            #expect(text.contains("Sample Guide"), "page \(page) lacks the header")
        }
    }

    @Test func withoutABudgetEveryFactIsPrintedAndNoneIsSplit() throws {
        guard let chromium = try Self.chromium() else { return }
        let settings = SheetSettings(paper: Paper(size: .letter), pages: nil, pdf: true)
        let (html, pdf) = try Self.print(SheetSamples.guide(factsPerTopic: 40), settings: settings, chromium: chromium, sheet: "storage.html")
        let info = try Poppler.info(pdf)
        #expect(info.pages >= 2, "the sample should run over a page to test splitting")
        #expect(SheetSamples.shownFacts(in: html).count == 80)
        try Self.checkFacts(html: html, pdf: pdf, pages: info.pages)
    }

    // MARK: - Helpers

    /// Chromium, or nil to skip; in CI a missing Chromium fails the test.
    static func chromium() throws -> Chromium? {
        if let chromium = Chromium.find() { return chromium }
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            Issue.record("Chromium is required in CI to test printed cheat sheets (looked for \(Chromium.names))")
        }
        return nil
    }

    /// Renders and prints every sheet of `guide`; returns the final HTML and PDF of `sheet`.
    static func print(_ guide: Guide, settings: SheetSettings, chromium: Chromium, sheet name: String) throws -> (String, URL) {
        let templates = try RenderingFixtures.templates("cheatsheet")
        let renderer = CheatSheetRenderer(settings: settings)
        let sheet = try #require(renderer.sheets(for: guide).first { $0.path == "cheatsheets/\(name)" })
        let job = SheetPrinter.Job(path: sheet.path) { fill, count in
            try renderer.render(sheet, templates: templates, fill: fill, pageCount: count)
        }
        let printed = try #require(SheetPrinter(chromium: chromium, budget: settings.pages).print([job], assets: templates.assets(into: "cheatsheets")).first)
        #expect(printed.diagnostics.isEmpty, "\(printed.diagnostics)")
        let pdf = try #require(printed.pdf)
        let url = TemporaryFiles.path("distill-test", suffix: ".pdf")
        try pdf.contents.write(to: url)
        return (String(decoding: printed.html.contents, as: UTF8.self), url)
    }

    /// Every fact the HTML shows is in the PDF's text, whole on one page.
    static func checkFacts(html: String, pdf: URL, pages: Int) throws {
        let shown = SheetSamples.shownFacts(in: html)
        #expect(!shown.isEmpty)
        // A fact's source badge (a superscript number) can land on a line of its own between
        // the fact's lines: drop number-only lines, and compare letters only when that is not enough.
        let pageTexts = try (1...max(pages, 1)).map { page in
            try Poppler.text(pdf, page: page).split(separator: "\n")
                .filter { !$0.allSatisfy { $0.isNumber || $0.isWhitespace } }.joined(separator: "\n")
        }
        let folded = pageTexts.map(SheetSamples.folded)
        let letters = folded.map { $0.filter(\.isLetter) }
        for (anchor, text) in shown.sorted(by: { $0.key < $1.key }) {
            let found = folded.contains { $0.contains(text) } || letters.contains { $0.contains(text.filter(\.isLetter)) }
            #expect(found, "fact \(anchor) is missing or split across pages: \(text)")
        }
    }
}
