import Foundation
import Testing

@testable import Distill

/// A value with named fields, for templates written in the tests.
private struct Fields: TemplateObject, TemplateRepresentable {
    /// The values by their names' symbols.
    var values: [Int: TemplateValue]

    init(_ values: [String: TemplateValue]) {
        self.values = Dictionary(uniqueKeysWithValues: values.map { (TemplateSymbols.symbol(for: $0.key), $0.value) })
    }

    func templateValue(symbol: Int) -> TemplateValue? { values[symbol] }
    var templateValue: TemplateValue { .object(self) }
}

/// The Mustache language as the engine compiles and renders it: the cases of the Mustache
/// specification that templates rely on, and the errors a user sees.
@Suite struct TemplateEngineTests {
    private func render(
        _ text: String, _ values: [String: TemplateValue] = [:], partials: [String: String] = [:]
    ) throws -> String {
        var templates = try partials.mapValues { try TemplateParser.parse($0) }
        templates["main"] = try TemplateParser.parse(text)
        var output: [UInt8] = []
        var renderer = TemplateRenderer(templates: templates, root: Fields(values).templateValue)
        renderer.render(templates["main"] ?? [], escaping: true, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    private func syntaxError(_ text: String) -> TemplateSyntaxError? {
        do {
            _ = try TemplateParser.parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func variablesAreEscapedUnlessTripleOrAmpersand() throws {
        let html = TemplateValue.text("<b>\"Tom\" & 'Jerry'</b>")
        #expect(try render("{{x}}", ["x": html]) == "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;")
        #expect(try render("{{{x}}}|{{& x }}|{{{ x }}}", ["x": html]) == "<b>\"Tom\" & 'Jerry'</b>|<b>\"Tom\" & 'Jerry'</b>|<b>\"Tom\" & 'Jerry'</b>")
        #expect(try render("{{n}} {{yes}} {{no}} [{{missing}}] [{{none}}]", ["n": .number(42), "yes": .bool(true), "no": .bool(false), "none": .null]) == "42 true false [] []")
    }

    @Test func escapingMatchesTheSharedHTMLEscaper() throws {
        for text in ["plain", "a & <\u{338} > \"", "e\u{301}<", "emoji 👩‍💻 '", ""] {
            #expect(try render("{{x}}", ["x": .text(text)]) == text.htmlEscaped)
        }
    }

    @Test func dottedNamesAndTheContextStack() throws {
        let inner = Fields(["name": .text("inner")]).templateValue
        let outer: [String: TemplateValue] = ["name": .text("outer"), "a": Fields(["b": Fields(["c": .text("deep")]).templateValue]).templateValue, "inner": inner]
        #expect(try render("{{a.b.c}}|{{a.x.c}}|{{#inner}}{{name}}/{{title}}{{/inner}}", outer.merging(["title": .text("T")]) { $1 }) == "deep||inner/T")
        // A name found in an inner value stops the search even if its value is missing.
        let shadow = Fields(["name": .null]).templateValue
        #expect(try render("{{#s}}[{{name}}]{{/s}}", ["name": .text("outer"), "s": shadow]) == "[]")
        // `.a` looks only in the current value.
        #expect(try render("{{#inner}}{{.title}}|{{title}}{{/inner}}", ["inner": inner, "title": .text("T")]) == "|T")
        #expect(try render("{{#list}}{{.}},{{/list}}", ["list": .list([.text("a"), .number(2)])]) == "a,2,")
    }

    @Test func sectionsByValue() throws {
        let values: [String: TemplateValue] = [
            "yes": .bool(true), "no": .bool(false), "none": .null, "empty": .list([]), "text": .text(""),
            "items": .list([Fields(["n": .number(1)]).templateValue, Fields(["n": .number(2)]).templateValue]),
        ]
        let template = "{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{#none}}0{{/none}}{{#empty}}E{{/empty}}{{#missing}}M{{/missing}}{{#text}}T{{/text}}{{#items}}<{{n}}>{{/items}}"
        #expect(try render(template, values) == "YT<1><2>")
        let inverted = "{{^yes}}Y{{/yes}}{{^no}}N{{/no}}{{^none}}0{{/none}}{{^empty}}E{{/empty}}{{^missing}}M{{/missing}}{{^text}}T{{/text}}{{^items}}I{{/items}}"
        #expect(try render(inverted, values) == "N0EM")
    }

    @Test func standaloneTagsLeaveNoBlankLines() throws {
        let template = "begin\n  {{#list}}\n  {{! a comment }}\n- {{.}}\n  {{/list}}\nend\n"
        #expect(try render(template, ["list": .list([.text("a"), .text("b")])]) == "begin\n- a\n- b\nend\n")
        #expect(try render("a\r\n{{#yes}}\r\nb\r\n{{/yes}}\r\n", ["yes": .bool(true)]) == "a\r\nb\r\n")
        // Two tags on one line are not stand-alone: the line end stays.
        #expect(try render("{{#yes}}{{#yes}}\nx\n{{/yes}}{{/yes}}\n", ["yes": .bool(true)]) == "\nx\n\n")
        // A tag beside text is not stand-alone either.
        #expect(try render("  {{#yes}} x\n{{/yes}}", ["yes": .bool(true)]) == "   x\n")
        #expect(try render("{{#yes}}\nlast{{/yes}}", ["yes": .bool(true)]) == "last")
    }

    @Test func partialsIndentEveryLineOfAStandaloneTag() throws {
        let partials = ["item": "<{{.}}>\n<end>\n"]
        #expect(try render("list:\n  {{> item}}\ndone", partials: ["item": "<{{x}}>\n<end>\n"]) == "list:\n  <>\n  <end>\ndone")
        #expect(try render("  {{>partial}}\n>", partials: ["partial": ">\n>"]) == "  >\n  >>")
        #expect(try render("{{#list}}{{>item}}{{/list}}", ["list": .list([.text("a\nb")])], partials: partials) == "<a\nb>\n<end>\n")
        // A value's own line breaks are not indented.
        #expect(try render("  {{>item}}\n", ["v": .text("1\n2")], partials: ["item": "{{{v}}}\n"]) == "  1\n2\n")
        #expect(try render("[{{>nothing}}]") == "[]")
    }

    @Test func parentsFillTheirBlocksWithTheOverrides() throws {
        let partials = [
            "page": "<title>{{$title}}Default{{/title}}</title>\n{{$body}}\nno body\n{{/body}}\n",
            "article": "{{<page}}{{$title}}Article{{/title}}{{/page}}",
        ]
        #expect(try render("{{<page}}\n{{$body}}\nhello {{name}}\n{{/body}}\n{{/page}}\n", ["name": .text("you")], partials: partials)
            == "<title>Default</title>\nhello you\n")
        // The outermost override wins over the one a nested parent gives.
        #expect(try render("{{<article}}{{$title}}Mine{{/title}}{{/article}}", partials: partials) == "<title>Mine</title>\nno body\n")
        #expect(try render("{{<article}}{{/article}}", partials: partials) == "<title>Article</title>\nno body\n")
        #expect(try render("{{$title}}shown when nobody overrides{{/title}}") == "shown when nobody overrides")
    }

    @Test func delimitersAndTheContentTypePragma() throws {
        #expect(try render("{{=<% %>=}}\n<% x %> {{x}} <%={{ }}=%>{{x}}", ["x": .text("1")]) == "1 {{x}} 1")
        #expect(try render("{{% CONTENT_TYPE: TEXT}}\n{{x}}", ["x": .text("a&b")]) == "a&b")
        // A partial starts with escaping on again.
        #expect(try render("{{% CONTENT_TYPE: TEXT}}{{x}}{{>p}}", ["x": .text("<")], partials: ["p": "{{x}}"]) == "<&lt;")
    }

    @Test func aPartialNamingNoTemplateIsAWarningAtItsTag() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("distill-templates-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try "<p>\n  {{> footer}}{{> header}}\n".write(to: site.appendingPathComponent("page.mustache"), atomically: true, encoding: .utf8)
        try "<h1>{{title}}</h1>".write(to: site.appendingPathComponent("header.mustache"), atomically: true, encoding: .utf8)
        guard case let .success(set) = TemplateSet.load(format: "site", from: folder) else {
            Issue.record("the templates do not load")
            return
        }
        let missing = set.warnings.filter { $0.reason.message.contains("footer") }
        #expect(missing.count == 1)
        #expect(missing.first?.location?.line == 2)
        #expect(missing.first?.location?.column == 3)
        #expect(!set.warnings.contains { $0.reason.message.contains("header") })
    }

    @Test func syntaxErrorsNameTheLineAndColumn() throws {
        let unclosed = try #require(syntaxError("a\n{{#list}}\nx\n"))
        #expect(unclosed.message.contains("never closed"))
        #expect(unclosed.line == 4)
        let mismatched = try #require(syntaxError("ok\n{{#facts}}\n  {{/section}}\n"))
        #expect((mismatched.line, mismatched.column) == (3, 6))
        #expect(mismatched.message.contains("{{/facts}}"))
        #expect(try #require(syntaxError("x {{lowercased(name)}}")).message.contains("transforms"))
        #expect(try #require(syntaxError("{{name")).column == 7)
        #expect(try #require(syntaxError("{{}}")).message.contains("needs a name"))
        #expect(try #require(syntaxError("{{% CONTENT_TYPE: PDF}}")).message.contains("HTML"))
        #expect(try #require(syntaxError("{{=<%>=}}")).message.contains("delimiter"))
        #expect(try #require(syntaxError("{{<page}}{{x}}{{/page}}")).message.contains("overrides"))
        #expect(try #require(syntaxError("{{! never closed")).message.contains("comment"))
        #expect(try #require(syntaxError("é{{/x}}")) == TemplateSyntaxError(message: "`{{/x}}` closes a section that was never opened", line: 1, column: 5))
    }
}
