import Foundation
import Testing

@testable import Distill

/// Loads the rendered site in headless Chromium through `Fixtures/browser/harness.html`, which
/// drives the pages (search, quiz, flashcards, theme) and writes what it saw into its own DOM;
/// Chromium dumps that DOM and the test reads it. Skipped without Chromium, except in CI.
@Suite(.serialized) struct SiteBrowserTests {
    static let queries = ["glacier", "IDENT", "regions europeennes", "régi", "s3 durab", "zzzz"]

    @Test func searchQuizFlashcardsAndThemeWorkInABrowser() throws {
        guard let chromium = SiteFolder.require(Chromium.find()?.executable, named: "Chromium") else { return }
        let folder = try SiteFolder()
        defer { folder.remove() }
        let checks = try Self.run(chromium, site: folder.site, parameters: [
            "queries": Self.queries.joined(separator: "|"), "quizPage": "topics/storage.html", "deck": "storage.html",
        ])
        #expect(checks["error"] == nil, "the harness failed: \(checks["error"] ?? "")")
        #expect(checks["done"] == "yes", "the harness did not finish: \(checks)")

        #expect(checks["search:loaded-before-focus"] == "false", "the index loads lazily")
        #expect(checks["search:slash-focuses"] == "true")
        #expect(checks["search:index-loaded"] == "true")
        // The marks are the words highlighted in the first result's title and snippet.
        #expect(checks["search:glacier"] == "topics/storage.html#t-storage-amazon-s3 | ")
        #expect(checks["search:IDENT"] == "topics/security.html | ")
        #expect(checks["search:regions europeennes"] == "topics/regions.html | Régions,régions,européennes")
        #expect(checks["search:régi"] == "topics/regions.html | Régions,régions")
        #expect(checks["search:s3 durab"] == "topics/storage.html#t-storage-amazon-s3 | S3,S3,durability")
        #expect(checks["search:zzzz"] == "none")

        #expect(checks["quiz:parts"] == "3", "S3's definition and the two sizes")
        #expect(checks["quiz:hidden-before"] == "0")
        #expect(checks["quiz:pressed"] == "true")
        #expect(checks["quiz:hidden-after-toggle"] == "3")
        #expect(checks["quiz:first-revealed-by-click"] == "true")
        #expect(checks["quiz:second-focusable"] == "true")
        #expect(checks["quiz:second-revealed-by-enter"] == "true")
        #expect(checks["quiz:hidden-after-off"] == "0")

        #expect(checks["cards:first-shown"] == "true")
        #expect(checks["cards:back-hidden"] == "true")
        #expect(checks["cards:back-shown"] == "true")
        #expect(checks["cards:advanced"] == "true")
        #expect(checks["cards:stored"] == "storage.html box 1")
        #expect(checks["cards:count-after-reload"] == "1 of 3 learnt · 2 to study now")
        #expect(checks["cards:first-not-due-again"] == "true")
        #expect(checks["cards:exported"] == "storage.html box 1")
        #expect(checks["cards:count-after-reset"] == "0 of 3 learnt · 3 to study now")
        #expect(checks["cards:imported"] == "Imported the progress of 1 card. 1 of 3 learnt · 2 to study now")
        #expect(checks["cards:all-total"]?.hasPrefix("5 1 of 5 learnt") == true, "\(checks["cards:all-total"] ?? "")")
        #expect(checks["home:progress-bars"] == "1/3,0/1,0/1", "one progress bar per topic with cards")
        #expect(checks["theme:remembered"] == "true")
    }

    /// Runs the harness over `site` and returns its checks by name.
    static func run(_ chromium: URL, site: URL, parameters: [String: String]) throws -> [String: String] {
        try BrowserHarness.run(
            chromium, page: "harness.html",
            query: [URLQueryItem(name: "site", value: site.absoluteString)]
                + parameters.sorted { $0.key < $1.key }.map { URLQueryItem(name: $0.key, value: $0.value) },
            flags: ["--allow-file-access-from-files", "--virtual-time-budget=60000"])
    }
}
