import Foundation
import Testing

@testable import Distill

/// The `distill` binary that `swift build` put beside the test bundle.
enum DistillBinary {
    static let url: URL = {
        let folder = Bundle.module.bundleURL.deletingLastPathComponent()
        return folder.appendingPathComponent("distill")
    }()

    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs the binary in `folder` with `arguments` and waits for it.
    static func run(_ arguments: [String], in folder: URL) throws -> Run {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes while it runs, so a full pipe cannot stall it.
        let errors = ReadBox()
        let reader = Thread { errors.data = err.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errors.done { usleep(1000) }
        return Run(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
                   errors: String(decoding: errors.data ?? Data(), as: UTF8.self))
    }
}

private final class ReadBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Data?
    var data: Data? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
    var done: Bool { data != nil }
}

/// Exit statuses through the real binary: 0 clean, 1 warnings, 2 errors, 64 usage.
@Suite(.serialized) struct CLITests {
    init() throws {
        try #require(FileManager.default.isExecutableFile(atPath: DistillBinary.url.path), "build the distill product first")
    }

    func run(_ corpus: Corpus, _ extra: [String] = []) throws -> DistillBinary.Run {
        try DistillBinary.run(["build", "--input", "Input", "--output", "Output", "--templates", Repository.templates.path] + extra, in: corpus.root)
    }

    @Test func cleanBuildExitsZero() throws {
        let corpus = Corpus()
        defer { corpus.remove() }
        let run = try run(corpus)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("0 errors, 0 warnings"))
    }

    @Test func warningsExitOneAndStillBuild() throws {
        let corpus = Corpus()
        defer { corpus.remove() }
        corpus.add("empty.txt", "")
        corpus.add("-leading dash.txt", "# Dash\n\n- Meiosis: division into four cells\n")
        let run = try run(corpus)
        #expect(run.status == 1, "\(run.errors)")
        #expect(run.errors.contains("empty.txt:1: warning: file is empty"))
        let facts = try String(contentsOf: corpus.output.appendingPathComponent("facts.json"), encoding: .utf8)
        #expect(facts.contains("division into four cells"))
        #expect(facts.contains("Chlorophyll"))
    }

    @Test func errorsExitTwo() throws {
        let corpus = Corpus()
        defer { corpus.remove() }
        corpus.add("distill.yml", "title: Biology\ncolour: green\n")
        let run = try run(corpus)
        #expect(run.status == 2, "\(run.errors)")
        #expect(run.errors.contains("distill.yml:2:1: error: unknown key 'colour'"))
        // Everything else is still written.
        #expect(FileManager.default.fileExists(atPath: corpus.output.appendingPathComponent("site/index.html").path))
    }

    @Test func missingInputExitsTwoWithAClearMessage() throws {
        let corpus = Corpus()
        defer { corpus.remove() }
        let run = try DistillBinary.run(["build", "--input", "Missing", "--templates", Repository.templates.path], in: corpus.root)
        #expect(run.status == 2)
        #expect(run.errors.contains("error: input folder '\(corpus.root.appendingPathComponent("Missing").path)' does not exist"))
    }

    @Test(arguments: [["build", "--pages", "0"], ["build", "--paper", "a5"], ["build", "--no-such-option"], ["frobnicate", "x"]])
    func usageErrorsExitSixtyFour(_ arguments: [String]) throws {
        let corpus = Corpus()
        defer { corpus.remove() }
        let run = try DistillBinary.run(arguments, in: corpus.root)
        #expect(run.status == 64, "\(run.output)\(run.errors)")
    }

    @Test func checkUsesTheSameStatuses() throws {
        let corpus = Corpus()
        defer { corpus.remove() }
        corpus.add("photo.png", Data([0x89, 0x50, 0x4E, 0x47, 0, 0]))
        let run = try DistillBinary.run(["check", "--templates", Repository.templates.path], in: corpus.root)
        #expect(run.status == 1, "\(run.errors)")
        #expect(run.errors.contains("photo.png:1: warning: binary file"))
    }
}
