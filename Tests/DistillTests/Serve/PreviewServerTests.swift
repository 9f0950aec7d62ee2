@testable import DistillServe
import Foundation
import Testing

@testable import Distill

/// `distill serve` on a free port: pages with the reload script, rebuilds on save, errors
/// shown while the last good site stays, and no way out of the site folder.
@Suite(.serialized) struct PreviewServerTests {
    /// A served copy of the seed notes and templates.
    struct Served {
        let root = Repository.temporaryFolder("distill-serve")
        var input: URL { root.appendingPathComponent("Input") }
        var templates: URL { root.appendingPathComponent("Templates") }
        var output: URL { root.appendingPathComponent("Output") }
        let server: PreviewServer
        let port: UInt16

        init(pollInterval: Double = 0.1) async throws {
            try FileManager.default.copyItem(at: Repository.input, to: root.appendingPathComponent("Input"))
            try FileManager.default.copyItem(at: Repository.templates, to: root.appendingPathComponent("Templates"))
            let build = BuildOptions(
                input: root.appendingPathComponent("Input"), output: root.appendingPathComponent("Output"),
                templates: root.appendingPathComponent("Templates"))
            var options = ServeOptions(build: build, port: 0)
            options.pollInterval = pollInterval
            server = try PreviewServer(options: options) { _ in }
            let url = try await server.start()
            #expect(url.host == "127.0.0.1")
            port = UInt16(try #require(url.port))
            #expect(port != 0)
        }

        func get(_ target: String) throws -> RawHTTP.Response {
            try RawHTTP.get(port: port, target)
        }

        /// Waits (up to a generous limit, for a loaded machine) until `count` builds are done.
        func waitForBuild(after count: Int) async throws {
            for _ in 0..<3000 where server.buildCount <= count {
                try await Task.sleep(nanoseconds: 100_000_000)
            }
            #expect(server.buildCount > count, "no rebuild happened")
        }
    }

    @Test func servesPagesWithTheReloadScript() async throws {
        let served = try await Served()
        defer { Task { await served.server.stop() } }
        let index = try served.get("/")
        #expect(index.status == 200)
        #expect(index.headers["content-type"]?.hasPrefix("text/html") == true)
        #expect(index.text.contains("<script src=\"/__distill/reload.js\" defer></script>"))
        // The built file itself stays free of the script.
        let onDisk = try String(contentsOf: served.output.appendingPathComponent("site/index.html"), encoding: .utf8)
        #expect(!onDisk.contains("__distill"))

        let script = try served.get("/__distill/reload.js")
        #expect(script.status == 200)
        #expect(script.headers["content-type"]?.hasPrefix("text/javascript") == true)
        #expect(script.text.contains("/__distill/version"))
        let version = try served.get("/__distill/version")
        #expect(version.text.contains("\"version\":1"))

        #expect(try served.get("/assets/toc.js").status == 200)
        #expect(try served.get("/no-such-page.html").status == 404)
        #expect(try served.get("/assets").status == 301)
    }

    @Test func rebuildsOnSaveAndServesTheNewContent() async throws {
        let served = try await Served()
        defer { Task { await served.server.stop() } }
        let before = try served.get("/")
        #expect(!before.text.contains("Zebra Crossings"))

        let note = served.input.appendingPathComponent("aws-solutions-architect-professional.md")
        var text = try String(contentsOf: note, encoding: .utf8)
        text += "\n\n# Zebra Crossings\n\n- A zebra crossing has 7 white stripes in this test.\n"
        let builds = served.server.buildCount
        try text.write(to: note, atomically: true, encoding: .utf8)
        try await served.waitForBuild(after: builds)

        let after = try served.get("/")
        #expect(after.text.contains("Zebra Crossings"))
        let state = try served.get("/__distill/version").text
        #expect(state.contains("\"version\":\(builds + 1)"))
        // The previous output is removed once the pages have heard of the build.
        var retired: [String] = []
        for _ in 0..<300 {
            retired = try FileManager.default.contentsOfDirectory(atPath: served.root.path).filter { $0.hasPrefix(".Output.retired-") }
            if retired.isEmpty { break }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        #expect(retired.isEmpty, "the previous output was left beside the new one")
    }

    @Test func aPageWaitingForTheNextBuildHearsOfItWhenItEnds() async throws {
        let served = try await Served()
        defer { Task { await served.server.stop() } }
        let first = served.server.buildCount
        // With no build, the request is answered with the version it named once its wait runs out.
        #expect(try served.get("/__distill/version?after=\(first)&wait=0.2").text.contains("\"version\":\(first)"))
        #expect(try served.get("/__distill/version?after=\(first)&wait=-5").text.contains("\"version\":\(first)"))
        // Waits that are no number are the longest wait, not a crash; a newer version is answered at once.
        #expect(try served.get("/__distill/version?after=\(first - 1)&wait=nan").text.contains("\"version\":\(first)"))
        #expect(try served.get("/__distill/version?after=-9&wait=inf").text.contains("\"version\":\(first)"))

        let port = served.port
        let waiting = Task { try await OwnThread.run { try RawHTTP.get(port: port, "/__distill/version?after=\(first)") } }
        let note = served.input.appendingPathComponent("aws-solutions-architect-professional.md")
        let text = try String(contentsOf: note, encoding: .utf8)
        try (text + "\n- A waiting page hears of this fact's 3 builds.\n").write(to: note, atomically: true, encoding: .utf8)
        var answer = try await waiting.value.text
        // A build slower than a request's longest wait answers it with the old version: ask again.
        for _ in 0..<20 where answer.contains("\"version\":\(first),") {
            answer = try await OwnThread.run { try RawHTTP.get(port: port, "/__distill/version?after=\(first)") }.text
        }
        #expect(answer.contains("\"version\":\(first + 1)"))
    }

    /// With a look at the files only once an hour, only the system's file events can start the
    /// rebuild the test waits for.
    @Test(.enabled(if: FileEvents() != nil, "the system gives no file events"))
    func aSaveIsSeenWithoutWaitingForTheNextLook() async throws {
        let served = try await Served(pollInterval: 3600)
        defer { Task { await served.server.stop() } }
        let builds = served.server.buildCount
        // In a folder made after the server started.
        let chapter = served.input.appendingPathComponent("Later/chapter.md")
        try FileManager.default.createDirectory(at: chapter.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "# Ferries\n\n- A ferry in this test carries 12 cars.\n".write(to: chapter, atomically: true, encoding: .utf8)
        try await served.waitForBuild(after: builds)
        #expect(try served.get("/").text.contains("Ferries"))
    }

    @Test func aFailedRebuildKeepsTheLastGoodSiteAndReportsTheError() async throws {
        let served = try await Served()
        defer { Task { await served.server.stop() } }
        let good = try served.get("/").text

        // A template with a syntax error fails the render stage.
        let page = served.templates.appendingPathComponent("site/index.mustache")
        let original = try String(contentsOf: page, encoding: .utf8)
        var builds = served.server.buildCount
        try (original + "{{#unclosed}}").write(to: page, atomically: true, encoding: .utf8)
        try await served.waitForBuild(after: builds)

        let state = try served.get("/__distill/version").text
        #expect(state.contains("\"error\":"))
        #expect(!state.contains("\"error\":null"))
        #expect(try served.get("/").text == good)

        builds = served.server.buildCount
        try original.write(to: page, atomically: true, encoding: .utf8)
        try await served.waitForBuild(after: builds)
        #expect(!(try served.get("/__distill/version").text.contains("\"error\":\"")))
    }

    @Test func aTakenPortOrAnAddressNotWrittenAsOneIsAnErrorNotAWait() async throws {
        let served = try await Served()
        defer { Task { await served.server.stop() } }
        var options = ServeOptions(build: served.server.options.build, port: served.port)
        options.build.output = served.root.appendingPathComponent("Second")
        let second = try PreviewServer(options: options) { _ in }
        await #expect(throws: (any Error).self) { _ = try await second.start() }
        await second.stop()
        #expect(throws: PreviewServer.ServeError.self) { try PreviewServer(options: ServeOptions(build: options.build, host: "example.org")) { _ in } }
        #expect(throws: Never.self) { try PreviewServer(options: ServeOptions(build: options.build, host: "::1")) { _ in } }
    }

    @Test func refusesEveryPathOutOfTheSiteFolder() async throws {
        let served = try await Served()
        defer { Task { await served.server.stop() } }
        let secret = "secret-\(UUID().uuidString)"
        try Data(secret.utf8).write(to: served.root.appendingPathComponent("secret.txt"))
        try FileManager.default.createSymbolicLink(
            at: served.output.appendingPathComponent("site/escape.txt"),
            withDestinationURL: served.root.appendingPathComponent("secret.txt"))
        try FileManager.default.createSymbolicLink(
            at: served.output.appendingPathComponent("site/escape-folder"),
            withDestinationURL: served.root)

        let attempts = [
            "/../secret.txt", "/../../secret.txt", "/assets/../../secret.txt",
            "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/secret.txt", "/..%2fsecret.txt", "/assets%2f..%2f..%2fsecret.txt",
            "/%252e%252e/secret.txt", "/escape.txt", "/escape-folder/secret.txt", "/.%2e/secret.txt",
            "/../Input/distill.yml", "/../Output/facts.json", "/..\\secret.txt", "/%00/secret.txt",
            "/.cache", "/../.cache/extract",
        ]
        for target in attempts {
            let response = try served.get(target)
            #expect([400, 403, 404].contains(response.status), "\(target) answered \(response.status)")
            #expect(!response.text.contains(secret), "\(target) leaked the file")
        }
        #expect(DistillServe.SiteFolder(root: served.output.appendingPathComponent("site")).lookup("/escape.txt") == .forbidden)
    }
}
