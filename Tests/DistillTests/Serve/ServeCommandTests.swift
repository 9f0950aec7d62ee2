import Foundation
import Testing

@testable import Distill

/// `distill serve` through the real binary: it takes the same sheet and deck options as
/// `distill build`, so the preview is built the way the user builds.
@Suite struct ServeCommandTests {
    init() throws {
        try #require(FileManager.default.isExecutableFile(atPath: DistillBinary.url.path), "build the distill product first")
    }

    @Test func serveBuildsWithTheGivenDeckAndSheetOptions() throws {
        let corpus = Corpus()
        defer { corpus.remove() }
        corpus.add("history.txt", "# Revolutions\n\n- The Bastille fell on 14 July 1789\n- The Directory ruled from 1795\n")
        let process = Process()
        process.executableURL = DistillBinary.url
        process.arguments = ["serve", "--input", "Input", "--output", "Output", "--templates", Repository.templates.path,
                             "--port", "0", "--split", "--paper", "letter-landscape"]
        process.currentDirectoryURL = corpus.root
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { process.terminate(); process.waitUntilExit() }

        // One deck per root topic shows `--split` reached the build.
        let decks = corpus.output.appendingPathComponent("anki")
        let deadline = Date().addingTimeInterval(120)
        var names: [String] = []
        while Date() < deadline, process.isRunning {
            names = (FileManager.default.enumerator(atPath: decks.path)?.compactMap { $0 as? String } ?? []).filter { $0.hasSuffix(".csv") }
            if names.count >= 2 { break }
            usleep(200_000)
        }
        #expect(process.isRunning, "serve stopped early")
        #expect(names.count >= 2, "decks: \(names)")
        // `--paper` reached the cheat sheets: they ask for that page size.
        let sheets = corpus.output.appendingPathComponent("cheatsheets")
        let sheet = ((try? FileManager.default.contentsOfDirectory(atPath: sheets.path)) ?? []).filter { $0.hasSuffix(".html") }.sorted().first
        let html = try sheet.map { try String(contentsOf: sheets.appendingPathComponent($0), encoding: .utf8) } ?? ""
        #expect(html.contains("paper-letter-landscape"), "\(sheet ?? "no sheet")")
    }

    @Test func serveRejectsBadSheetOptionsAsUsage() throws {
        let corpus = Corpus()
        defer { corpus.remove() }
        let run = try DistillBinary.run(["serve", "--input", "Input", "--pages", "0", "--port", "0"], in: corpus.root)
        #expect(run.status == 64)
        #expect(run.errors.contains("--pages must be 1 or more"))
    }
}
