import Foundation
import Testing

@testable import Distill

@Suite struct SiteRendererTests {
    @Test(arguments: RenderingFixtures.cases)
    func rendersGoldenSite(_ name: String) throws {
        let files = try SiteRenderer().render(RenderingFixtures.guide(named: name), templates: RenderingFixtures.templates("site"))
        try GoldenFiles.check(files, against: RenderingFixtures.expectedFolder(for: name), under: "site")
        #expect(files.contains { $0.path == "site/assets/style.css" })
    }

    @Test func writesOnePagePerRootTopicWithSafeUniqueNames() throws {
        let files = try render()
        #expect(files.map(\.path).filter { $0.hasPrefix("site/topics/") } == [
            "site/topics/storage.html", "site/topics/security.html", "site/topics/all-2.html",
        ])
    }

    @Test func escapesNoteTextAndDropsUnsafeLinks() throws {
        for file in try render() where file.path.hasSuffix(".html") {
            let html = String(decoding: file.contents, as: UTF8.self)
            #expect(!html.contains("<script"), "\(file.path) lets a script tag through")
            #expect(!html.lowercased().contains("javascript:"), "\(file.path) keeps a javascript: link")
        }
        let security = try page("site/topics/security.html")
        #expect(security.contains("Never paste &lt;script&gt;alert(1)&lt;/script&gt; or alert(1) into a policy; click me"))
        #expect(security.contains("<h1 id=\"t-security\">Security &lt;script&gt;alert(1)&lt;/script&gt;</h1>"))
        #expect(security.contains("&quot;Resource&quot;: &quot;&lt;arn&gt;&amp;more&quot;"))
    }

    @Test func everyPageHasOneH1AndTheHTML5Basics() throws {
        for file in try render() where file.path.hasSuffix(".html") {
            let html = String(decoding: file.contents, as: UTF8.self)
            #expect(html.hasPrefix("<!doctype html>\n<html lang=\"en\">"))
            #expect(html.contains("<meta charset=\"utf-8\">"))
            #expect(html.contains("name=\"viewport\""))
            #expect(html.components(separatedBy: "<h1").count == 2, "\(file.path) needs exactly one h1")
        }
    }

    @Test func linksAreRelative() throws {
        for file in try render() where file.path.hasSuffix(".html") {
            let html = String(decoding: file.contents, as: UTF8.self)
            #expect(!html.contains("href=\"/"), "\(file.path) has a root-relative link")
            #expect(!html.contains("src=\""), "\(file.path) loads an external resource")
        }
        let storage = try page("site/topics/storage.html")
        #expect(storage.contains("href=\"../assets/style.css\""))
        #expect(storage.contains("<a class=\"pager-next\" rel=\"next\" href=\"security.html\">"))
    }

    @Test func showsSourcesAndConflictsBesideFacts() throws {
        let storage = try page("site/topics/storage.html")
        #expect(storage.contains(
            "title=\"notes/aws.md:20\nnotes/gist.txt:9\nnotes/ocr.txt:31\nnotes/aws.md:88\">3 sources</span>"))
        #expect(storage.contains("Different maximum object size: 5 TB vs 5 GB <a href=\"storage.html#f-b7\">"))
        #expect(storage.contains("Different maximum object size: 5 TB vs 5 GB <a href=\"storage.html#f-b6\">"))
    }

    @Test func rendersTheSameBytesEveryTime() throws {
        #expect(try render() == render())
    }

    private func render() throws -> [RenderedFile] {
        try SiteRenderer().render(RenderingFixtures.studyGuide, templates: RenderingFixtures.templates("site"))
    }

    private func page(_ path: String) throws -> String {
        let file = try #require(try render().first { $0.path == path })
        return String(decoding: file.contents, as: UTF8.self)
    }
}
