import Foundation
import Testing

@testable import Distill

@Suite struct TemplateSetTests {
    @Test func syntaxErrorNamesTheTemplateFileAndLine() throws {
        let folder = Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try "<h1>{{title}}</h1>\n<p>{{#facts}}\n{{text}}\n".write(to: site.appendingPathComponent("page.mustache"), atomically: true, encoding: .utf8)
        guard case let .failure(error) = TemplateSet.load(format: "site", from: folder) else {
            Issue.record("an unclosed section must fail")
            return
        }
        #expect(error.diagnostic.location?.file.rawValue.hasSuffix("site/page.mustache") == true)
        #expect((error.diagnostic.location?.line ?? 0) >= 2)
    }

    @Test func missingFolderIsAnError() {
        guard case let .failure(error) = TemplateSet.load(format: "anki", from: Repository.temporaryFolder()) else {
            Issue.record("a missing template folder must fail")
            return
        }
        #expect(error.diagnostic.description.contains("anki"))
    }

    @Test func overrideFolderIsUsed() throws {
        let folder = Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let anki = folder.appendingPathComponent("anki")
        try FileManager.default.createDirectory(at: anki, withIntermediateDirectories: true)
        try "{{% CONTENT_TYPE: TEXT}}\n#custom\n{{#notes}}{{guid}}\n{{/notes}}".write(to: anki.appendingPathComponent("deck.mustache"), atomically: true, encoding: .utf8)
        let templates = try TemplateSet.load(format: "anki", from: folder).get()
        let files = try AnkiRenderer().render(SeedBuild.guide, templates: templates)
        #expect(files.first.map { String(decoding: $0.contents, as: UTF8.self).hasPrefix("#custom\n") } == true)
    }
}

extension SeedBuild {
    static var guide: Guide { Guide(graph: result.graph, config: ConfigLoader.load(from: Repository.input).0) }
}
