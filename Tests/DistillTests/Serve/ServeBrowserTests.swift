import Foundation
import Testing

@testable import Distill
@testable import DistillServe

/// The served reload script in headless Chromium, through `Fixtures/browser/reload-harness.html`:
/// with nine pages open, one waits for the next build and tells the others (a request left
/// open by each would take every one of the six connections a browser opens to one server,
/// and a further page would not load), and a save reloads every page. Skipped without
/// Chromium, except in CI.
@Suite(.serialized) struct ServeBrowserTests {
    @Test func openPagesShareOneWaitAndAllReloadAfterASave() async throws {
        guard let chromium = SiteFolder.require(Chromium.find()?.executable, named: "Chromium") else { return }
        let served = try await PreviewServerTests.Served()
        defer { Task { await served.server.stop() } }
        let topics = try FileManager.default.contentsOfDirectory(atPath: served.output.appendingPathComponent("site/topics").path)
        let pages = ["index.html"] + topics.sorted().prefix(7).map { "topics/\($0)" }
        let query = [
            URLQueryItem(name: "base", value: "http://127.0.0.1:\(served.port)/"),
            URLQueryItem(name: "hold", value: String(served.server.buildCount)),
            URLQueryItem(name: "pages", value: pages.joined(separator: "|")),
        ]
        let browser = Task {
            try await OwnThread.run {
                try BrowserHarness.run(chromium, page: "reload-harness.html", query: query, flags: ["--timeout=240000"], timeout: 300)
            }
        }

        // Once the pages are open, one of them waits for the next build (beside the harness's own
        // request, which keeps the harness loading), not one each. The count is watched for a
        // while, as pages on a busy machine open late.
        for _ in 0..<1200 where served.server.state.waitingCount == 0 { try await Task.sleep(nanoseconds: 100_000_000) }
        var most = 0
        for _ in 0..<50 {
            most = max(most, served.server.state.waitingCount)
            try await Task.sleep(nanoseconds: 100_000_000)
        }
        #expect(most <= 2, "\(most) requests waited at once")

        let note = served.input.appendingPathComponent("aws-solutions-architect-professional.md")
        let builds = served.server.buildCount
        let text = try String(contentsOf: note, encoding: .utf8)
        try (text + "\n- Nine open pages reload after this fact's 1 save.\n").write(to: note, atomically: true, encoding: .utf8)
        try await served.waitForBuild(after: builds)

        let checks = try await browser.value
        #expect(checks["all-open"] == "yes")
        #expect(checks["one-more-loaded-ms"] != nil, "a ninth page did not load while the others waited")
        #expect(checks["loads"] == Array(repeating: "2", count: 9).joined(separator: ","), "each page loads, then reloads once")
        #expect(checks["done"] == "yes")
    }
}
