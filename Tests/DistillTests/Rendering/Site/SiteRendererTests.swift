import Foundation
import Testing

@testable import Distill

@Suite struct SiteRendererTests {
    @Test(arguments: RenderingFixtures.cases)
    func rendersGoldenSite(_ name: String) throws {
        let files = try SiteRenderer().render(RenderingFixtures.guide(named: name), templates: RenderingFixtures.templates("site"))
        try GoldenFiles.check(
            files, against: RenderingFixtures.expectedFolder(for: name), under: "site",
            generated: ["site/assets/toc.js", "site/assets/search-index.js"])
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
            // The Content-Security-Policy forbids inline scripts: every script is an empty `src` tag.
            let scripts = html.components(separatedBy: "<script").dropFirst()
            #expect(scripts.allSatisfy { $0.hasPrefix(" src=\"") && $0.contains("\"></script>") && !$0.prefix { $0 != ">" }.contains(" on") })
            #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self';"))
            #expect(!html.contains(" onclick=") && !html.contains(" onload="), "\(file.path) has an inline event handler")
            #expect(html.contains("assets/toc.js\"></script>\n</nav>"))
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
            let sources = html.components(separatedBy: "src=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
            let root = file.path.split(separator: "/").count > 2 ? "../" : ""
            #expect(
                sources.allSatisfy { ($0.hasPrefix(root + "assets/") || $0.hasPrefix(root + "cards/")) && $0.hasSuffix(".js") },
                "\(file.path) loads \(sources)")
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

    @Test func pagesHoldOnlyTheirOwnSidebarEntry() throws {
        let storage = try page("site/topics/storage.html")
        let sidebar = try #require(storage.components(separatedBy: "<nav class=\"sidebar\"").last?.components(separatedBy: "</nav>").first)
        #expect(sidebar.contains("<ul class=\"sidebar-list\" id=\"sidebar-topics\" data-base=\"\" data-current=\"storage.html\">"))
        #expect(sidebar.contains("<li class=\"current\"><a href=\"storage.html\" aria-current=\"page\">"))
        #expect(sidebar.contains("<a href=\"../index.html\">All topics</a>"))
        #expect(!sidebar.contains("security.html"), "other topics belong in toc.js")
        #expect(sidebar.contains("<script src=\"../assets/toc.js\"></script>"))
        let index = try page("site/index.html")
        #expect(index.contains("<ul class=\"sidebar-list\" id=\"sidebar-topics\" data-base=\"topics/\" data-current=\"\">\n</ul>"))
        #expect(index.contains("<script src=\"assets/toc.js\"></script>"))
    }

    @Test func topicScriptListsEveryRootTopicAsEscapedStrings() throws {
        let script = try page("site/assets/toc.js")
        #expect(script.contains("    [\"Storage\", \"storage.html\", 3],\n"))
        #expect(script.contains("[\"Security \\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E\", \"security.html\", 1]"))
        #expect(!script.contains("</"), "a closing tag in toc.js could end an inline script")
        #expect(!script.contains("innerHTML"))
    }

    @Test(arguments: [
        ("plain", "\"plain\""),
        ("a \"quote\" and 'apostrophe'", "\"a \\\"quote\\\" and \\u0027apostrophe\\u0027\""),
        ("back\\slash", "\"back\\\\slash\""),
        ("</script><!--", "\"\\u003C/script\\u003E\\u003C!--\""),
        ("R&D", "\"R\\u0026D\""),
        ("line\u{2028}para\u{2029}end", "\"line\\u2028para\\u2029end\""),
        ("tab\tnew\nline\u{0}", "\"tab\\tnew\\nline\\u0000\""),
        ("café ∑", "\"café ∑\""),
        ("del\u{7F} unit\u{1F} \u{2027}\u{202A}", "\"del\\u007F unit\\u001F \u{2027}\u{202A}\""),
        ("", "\"\""),
        ("\u{2028}\"x'\u{2029}", "\"\\u2028\\\"x\\u0027\\u2029\""),
    ])
    func escapesJavaScriptStrings(_ text: String, _ literal: String) {
        #expect(JavaScriptString.literal(text) == literal)
        var script = Array("x = ".utf8)
        JavaScriptString.append(text, to: &script)
        #expect(String(decoding: script, as: UTF8.self) == "x = " + literal)
    }

    @Test func searchPostingsAreWrittenInBase36() {
        for value in [0, 1, 9, 10, 35, 36, 37, 1295, 1296, 46_655, 46_656, 1_000_000, Int.max] {
            var out: [UInt8] = []
            SearchIndex.appendBase36(value, to: &out)
            #expect(String(decoding: out, as: UTF8.self) == String(value, radix: 36))
        }
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
