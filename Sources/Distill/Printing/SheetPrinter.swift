import Foundation

/// The print stage: prints each cheat sheet to PDF with headless Chromium, in a scratch
/// folder, and checks the page count against the budget. A sheet that came out too long is
/// planned again for less room and printed again; the final HTML carries page numbers.
///
/// Printing happens before the write stage, from HTML in a scratch folder, so the PDFs join
/// the rendered files and the output folder is still swapped in whole, or not at all.
public struct SheetPrinter: Sendable {
    public let chromium: Chromium
    /// Pages each sheet may take; nil for no limit.
    public let budget: Int?
    /// Chromium runs several processes per print; two prints at once keep a small machine usable.
    public var maxParallel = 2
    /// Prints per sheet while fitting it to the budget, before giving up with a warning.
    public var maxAttempts = 5

    public init(chromium: Chromium, budget: Int?) {
        self.chromium = chromium
        self.budget = budget
    }

    /// A sheet to print: its path and how to render it for a fill and, once known, a page count.
    public struct Job: Sendable {
        public var path: String
        public var render: @Sendable (_ fill: Double, _ pageCount: Int?) throws -> RenderedFile

        public init(path: String, render: @escaping @Sendable (_ fill: Double, _ pageCount: Int?) throws -> RenderedFile) {
            self.path = path
            self.render = render
        }
    }

    /// What printing one sheet gave: the final HTML and PDF, and its page count.
    public struct Printed: Sendable {
        public var html: RenderedFile
        public var pdf: RenderedFile?
        public var pages: Int
        public var diagnostics: [Diagnostic]
    }

    /// Prints every job; `assets` are the files the sheets link to (their CSS).
    public func print(_ jobs: [Job], assets: [RenderedFile]) -> [Printed] {
        let fileManager = FileManager.default
        let scratch = fileManager.temporaryDirectory
            .appendingPathComponent("distill-print-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))")
        defer { try? fileManager.removeItem(at: scratch) }
        do {
            for asset in assets {
                let url = scratch.appendingPathComponent(asset.path)
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try asset.contents.write(to: url)
            }
        } catch {
            return jobs.map { failed($0, "cannot prepare the print folder: \(error)") }
        }
        let slots = DispatchSemaphore(value: max(1, maxParallel))
        return Parallel.map(Array(jobs.enumerated())) { index, job in
            slots.wait()
            defer { slots.signal() }
            return printOne(job, in: scratch, index: index)
        }
    }

    private func printOne(_ job: Job, in scratch: URL, index: Int) -> Printed {
        let page = scratch.appendingPathComponent(job.path)
        let target = page.deletingPathExtension().appendingPathExtension("pdf")
        let profile = scratch.appendingPathComponent(".profile-\(index)", isDirectory: true)
        func printed(_ html: RenderedFile) throws -> (Data, Int) {
            try FileManager.default.createDirectory(at: page.deletingLastPathComponent(), withIntermediateDirectories: true)
            try html.contents.write(to: page)
            try? FileManager.default.removeItem(at: target)
            let pdf = try chromium.printPDF(page, to: target, profile: profile)
            return (pdf, PDFPages.count(pdf))
        }
        do {
            // Every print carries the number of page 1, which never adds a page: a sheet that
            // fits on one page (most do) is then done in a single print.
            var fill = 1.0
            var html = try job.render(fill, 1)
            var (pdf, pages) = try printed(html)
            var attempts = 1
            while let budget, pages > budget, attempts < maxAttempts {
                // Shrink by the share that overflowed, and a little more, so it converges quickly.
                fill *= min(0.93, Double(budget) / Double(pages) + 0.05)
                html = try job.render(fill, 1)
                (pdf, pages) = try printed(html)
                attempts += 1
            }
            var numbered = (pdf, pages)
            if pages > 1 {
                html = try job.render(fill, pages)
                numbered = try printed(html)
                pdf = numbered.0
            }
            var diagnostics: [Diagnostic] = []
            if numbered.1 != pages {
                diagnostics.append(note(job, "page numbers moved the layout: printed \(numbered.1) pages, numbered \(pages)"))
            }
            if let budget, numbered.1 > budget {
                diagnostics.append(Diagnostic(.warning, .printing(detail: "\(job.path) takes \(numbered.1) pages, over the budget of \(budget)")))
            }
            let pdfPath = String(job.path.dropLast((job.path as NSString).pathExtension.count)) + "pdf"
            return Printed(html: html, pdf: RenderedFile(path: pdfPath, contents: pdf), pages: numbered.1, diagnostics: diagnostics)
        } catch {
            return failed(job, "\(error)")
        }
    }

    private func note(_ job: Job, _ detail: String) -> Diagnostic {
        Diagnostic(.warning, .printing(detail: "\(job.path): \(detail)"))
    }

    private func failed(_ job: Job, _ detail: String) -> Printed {
        let html = (try? job.render(1, nil)) ?? RenderedFile(path: job.path, text: "")
        return Printed(
            html: html, pdf: nil, pages: 0,
            diagnostics: [Diagnostic(.warning, .printing(detail: "cannot print \(job.path) to PDF: \(detail)"))])
    }
}
