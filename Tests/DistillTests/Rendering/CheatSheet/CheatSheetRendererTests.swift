import Foundation
import Testing

@testable import Distill

@Suite struct CheatSheetRendererTests {
    @Test(arguments: RenderingFixtures.cases)
    func rendersGoldenSheets(_ name: String) throws {
        let files = try render(name)
        try GoldenFiles.check(files, against: RenderingFixtures.expectedFolder(for: name), under: "cheatsheets")
        #expect(files.contains { $0.path == "cheatsheets/assets/cheatsheet.css" })
    }

    @Test func writesASheetPerRootTopicAndOneWithEverything() throws {
        #expect(try render().map(\.path).filter { !$0.contains("/assets/") } == [
            "cheatsheets/storage.html", "cheatsheets/security.html", "cheatsheets/all-2.html", "cheatsheets/all.html",
        ])
    }

    @Test func headingLevelsFollowTheSheet() throws {
        let files = try render()
        let storage = String(decoding: try #require(files.first { $0.path == "cheatsheets/storage.html" }).contents, as: UTF8.self)
        #expect(storage.contains("<h1>Storage</h1>"))
        #expect(storage.contains("<h2 id=\"t-storage-amazon-s3\">Amazon S3</h2>"))
        let all = String(decoding: try #require(files.first { $0.path == "cheatsheets/all.html" }).contents, as: UTF8.self)
        #expect(all.contains("<h1>AWS Study Guide</h1>"))
        #expect(all.contains("<h2 id=\"t-storage\">Storage</h2>"))
        #expect(all.contains("<h3 id=\"t-storage-amazon-s3\">Amazon S3</h3>"))
    }

    @Test func escapesNoteText() throws {
        for file in try render() where file.path.hasSuffix(".html") {
            let html = String(decoding: file.contents, as: UTF8.self)
            #expect(!html.contains("<script"), "\(file.path) lets a script tag through")
            #expect(!html.lowercased().contains("javascript:"), "\(file.path) keeps a javascript: link")
            #expect(html.components(separatedBy: "<h1").count == 2)
        }
    }

    @Test func rendersTheSameBytesEveryTime() throws {
        #expect(try render() == render())
    }

    private func render(_ name: String = "study-guide") throws -> [RenderedFile] {
        try CheatSheetRenderer().render(RenderingFixtures.guide(named: name), templates: RenderingFixtures.templates("cheatsheet"))
    }
}
