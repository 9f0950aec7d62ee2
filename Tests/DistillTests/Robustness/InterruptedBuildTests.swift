import Foundation
import Testing

@testable import Distill

/// A build killed with SIGKILL at any moment leaves the previous output exactly as it was,
/// and the next build cleans up after it.
@Suite(.serialized) struct InterruptedBuildTests {
    /// A corpus of every seed note, copied `copies` times under new names, so a build takes
    /// long enough to be killed while it writes.
    static func largeCorpus(copies: Int) -> Corpus {
        let corpus = Corpus(good: false)
        let seeds = SourceLoader(folder: Repository.input).discover().paths
        for copy in 0..<copies {
            for seed in seeds {
                let data = FileManager.default.contents(atPath: Repository.input.appendingPathComponent(seed.rawValue).path) ?? Data()
                corpus.add("part \(copy)/\(seed.rawValue)", data)
            }
        }
        return corpus
    }

    /// Kills the binary when `moment` first returns true for the seconds it has run (polled
    /// every millisecond), or after `limit` seconds. Returns whether it was still running.
    static func killBuild(_ corpus: Corpus, limit: Double, when moment: (Double) -> Bool) throws -> Bool {
        let process = Process()
        process.executableURL = DistillBinary.url
        process.arguments = ["build", "--input", "Input", "--output", "Output", "--templates", Repository.templates.path]
        process.currentDirectoryURL = corpus.root
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let start = Date()
        while process.isRunning, !moment(Date().timeIntervalSince(start)), Date().timeIntervalSince(start) < limit {
            usleep(1000)
        }
        let wasRunning = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return wasRunning
    }

    static func stagingFolders(_ corpus: Corpus) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus.root.path)) ?? []).filter { $0.hasPrefix(".Output.") }
    }

    @Test(arguments: ["while writing", "before writing"])
    func killedBuildLeavesThePreviousOutputIntact(_ moment: String) throws {
        try #require(FileManager.default.isExecutableFile(atPath: DistillBinary.url.path), "build the distill product first")
        let corpus = Self.largeCorpus(copies: 3)
        defer { corpus.remove() }
        // The previous good build: the good note alone.
        let previous = Corpus()
        defer { previous.remove() }
        _ = Pipeline(options: BuildOptions(input: previous.input, output: corpus.output, templates: Repository.templates)).run()
        let before = corpus.snapshot()
        #expect(before.keys.contains("site/index.html"))

        let killed = try Self.killBuild(corpus, limit: 120) { seconds in
            switch moment {
            case "while writing":
                // A staging folder with the first written files in it: the write stage is under way.
                return Self.stagingFolders(corpus).contains { name in
                    FileManager.default.fileExists(atPath: corpus.root.appendingPathComponent(name).appendingPathComponent("normalized").path)
                }
            default:
                // Loading and normalizing, well before anything is written.
                return seconds > 0.2
            }
        }
        if moment == "while writing" {
            #expect(killed, "the build finished before it could be killed while writing")
        }
        #expect(corpus.snapshot() == before, "the previous output changed")

        // The next build (of a small corpus, for speed) sweeps the dead build's staging folder away.
        try FileManager.default.removeItem(at: corpus.input)
        corpus.add("good.txt", Corpus.goodNote)
        let next = corpus.build()
        #expect(next.succeeded)
        #expect(Self.stagingFolders(corpus).isEmpty, "\(Self.stagingFolders(corpus))")
        #expect(corpus.snapshot()["site/index.html"] != nil)
    }
}
