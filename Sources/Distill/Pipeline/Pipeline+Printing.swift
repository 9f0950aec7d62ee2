import Foundation

extension Pipeline {
    /// The print stage: with `pdf` on, prints every cheat sheet to PDF next to its HTML (which
    /// gains page numbers) and fits each sheet to its page budget. Without Chromium it warns
    /// and leaves the HTML as it is.
    func printSheets(
        _ guide: Guide, with renderer: CheatSheetRenderer, into rendered: inout [RenderedFile]
    ) -> (summary: String, diagnostics: [Diagnostic]) {
        guard renderer.settings.pdf else { return ("skipped (no --pdf)", []) }
        guard let chromium = Chromium.find() else {
            let names = Chromium.names.joined(separator: ", ")
            let detail = "no Chromium found on PATH (looked for \(names)); cheat sheets are written as HTML only. "
                + "Install Chromium, or set DISTILL_CHROMIUM to its path, to get PDFs."
            return ("skipped (no Chromium)", [Diagnostic(.warning, .printing(detail: detail))])
        }
        // A broken template was reported by the render stage already.
        guard case let .success(templates) = TemplateSet.load(format: renderer.format, from: options.templates) else {
            return ("skipped (templates failed)", [])
        }
        let jobs = renderer.sheets(for: guide).map { sheet in
            SheetPrinter.Job(path: sheet.path) { fill, pageCount in
                try renderer.render(sheet, templates: templates, fill: fill, pageCount: pageCount)
            }
        }
        let assets = rendered.filter { $0.path.hasPrefix("cheatsheets/assets/") }
        let printed = SheetPrinter(chromium: chromium, budget: renderer.settings.pages).print(jobs, assets: assets)
        let html = Dictionary(printed.map { ($0.html.path, $0.html) }, uniquingKeysWith: { first, _ in first })
        rendered = rendered.map { html[$0.path] ?? $0 }
        rendered += printed.compactMap(\.pdf)
        let pdfs = printed.filter { $0.pdf != nil }
        let pages = pdfs.reduce(0) { $0 + $1.pages }
        let summary = "\(pdfs.count) PDFs, \(pages) pages on \(renderer.settings.paper.name)"
            + (renderer.settings.pages.map { ", budget \($0) per sheet" } ?? "")
        return (summary, printed.flatMap(\.diagnostics))
    }
}
