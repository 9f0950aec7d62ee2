import Foundation

@testable import Distill

/// Runs one of the harness pages in `Fixtures/browser` in headless Chromium and reads the checks
/// it wrote into its own DOM as `<li data-check="name">result</li>`, from the DOM Chromium dumps
/// once the page has loaded (or its time, set by `flags`, is up).
enum BrowserHarness {
    static func run(
        _ chromium: URL, page: String, query: [URLQueryItem], flags: [String], timeout: Double = 180
    ) throws -> [String: String] {
        let harness = RenderingFixtures.repositoryRoot.appendingPathComponent("Tests/DistillTests/Fixtures/browser/\(page)")
        var components = URLComponents(url: harness, resolvingAgainstBaseURL: false)!
        components.queryItems = query
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("distill-profile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let (_, output) = try SiteFolder.run(chromium, [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--user-data-dir=\(profile.path)",
        ] + flags + ["--dump-dom", components.url!.absoluteString], timeout: timeout)
        var checks: [String: String] = [:]
        for item in output.components(separatedBy: "<li data-check=\"").dropFirst() {
            guard let end = item.range(of: "\">"), let close = item.range(of: "</li>") else { continue }
            checks[HTMLText.plain(String(item[..<end.lowerBound]))] = HTMLText.plain(String(item[end.upperBound..<close.lowerBound]))
        }
        return checks
    }
}
