import Foundation
import Testing

@testable import Distill

/// A rendered site written to a fresh temporary folder, for the checks that need real files:
/// the link check, the HTML validator and the browser tests.
struct SiteFolder {
    let root: URL
    let files: [RenderedFile]

    /// The study guide with one more topic in French, so search is tested with accents.
    static let guide: Guide = {
        var graph = RenderingFixtures.studyGuide.graph
        let fact = RenderingFixtures.fact(
            "e1", "regions", "Les régions européennes hébergent au moins 3 zones", origins: [RenderingFixtures.at("notes/fr.md", 4)])
        graph.facts.append(fact)
        graph.topics.append(Topic(
            slug: TopicSlug("regions"), title: "Régions d'Europe", entries: [.fact(FactID("e1"))],
            origins: [RenderingFixtures.at("notes/fr.md", 1)]))
        return Guide(graph: graph, config: RenderingFixtures.studyGuide.config)
    }()

    init(_ guide: Guide = SiteFolder.guide) throws {
        files = try SiteRenderer().render(guide, templates: RenderingFixtures.templates("site"))
        root = TemporaryFiles.path("distill-site")
        for file in files {
            let url = root.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.contents.write(to: url)
        }
    }

    var site: URL { root.appendingPathComponent("site", isDirectory: true) }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// Runs `executable` with `arguments`; returns its exit status and output (stdout, then
    /// stderr), which go through files so a chatty process never stalls on a full pipe.
    static func run(_ executable: URL, _ arguments: [String], timeout: Double = 180) throws -> (status: Int32, output: String) {
        let logs = FileManager.default.temporaryDirectory.appendingPathComponent("distill-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: logs) }
        let outURL = logs.appendingPathComponent("out"), errURL = logs.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = FileHandle.nullDevice
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        try process.run()
        if done.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            _ = done.wait(timeout: .now() + 5)
            Issue.record("\(executable.lastPathComponent) did not finish within \(Int(timeout)) s")
        }
        let output = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
        let errors = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
        return (process.terminationStatus, output + errors)
    }

    /// A tool the checks need, or nil to skip them; in CI (`CI=true`) a missing tool fails.
    static func require(_ tool: URL?, named name: String) -> URL? {
        if let tool { return tool }
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            Issue.record("\(name) is required in CI to test the site")
        }
        return nil
    }
}
