import Foundation
import Testing

@testable import Distill

/// Every content line of every normalize fixture, built together as one guide, ends up in
/// the output or in the build's report of dropped lines, by rule and with its `file:line`.
@Suite struct NothingLostTests {
    /// The fixtures' inputs copied, bytes as they are, into one input folder as `<case>.<ext>`.
    static let build: (result: BuildResult, lines: [SourcePath: [Substring]], corpus: Corpus) = {
        let corpus = Corpus(good: false)
        let folder = NormalizerGoldenTests.folder
        for name in NormalizerGoldenTests.cases {
            for input in ["input.txt", "input.md"] {
                let url = folder.appendingPathComponent(name).appendingPathComponent(input)
                if let data = FileManager.default.contents(atPath: url.path) {
                    corpus.add("\(name).\(url.pathExtension)", data)
                }
            }
        }
        let result = corpus.build()
        var lines: [SourcePath: [Substring]] = [:]
        let loader = SourceLoader(folder: corpus.input)
        for path in loader.discover().paths {
            lines[path] = loader.load(path).file?.lines
        }
        return (result, lines, corpus)
    }()

    @Test func everyFixtureIsBuilt() {
        #expect(Self.build.lines.count == NormalizerGoldenTests.cases.count)
        #expect(Self.build.result.graph.sources.count == NormalizerGoldenTests.cases.count)
        #expect(Self.build.result.succeeded, "\(Self.build.result.diagnostics.filter { $0.severity == .error })")
    }

    @Test func everyContentLineIsUsedOrDroppedByARule() throws {
        let result = Self.build.result
        for summary in result.graph.sources {
            let lines = try #require(Self.build.lines[summary.file])
            let dropped = result.dropped[summary.file] ?? []
            for line in dropped {
                #expect((1...lines.count).contains(line.line), "\(summary.file):\(line.line) dropped by '\(line.rule.rawValue)' is not a line of the file")
            }
            let droppedLines = Set(dropped.map(\.line))
            let droppedContent = lines.indices.filter { droppedLines.contains($0 + 1) && lines[$0].contains { !$0.isWhitespace } }.count
            #expect(summary.coveredLines + droppedContent == summary.contentLines,
                    "\(summary.file): \(summary.contentLines - summary.coveredLines - droppedContent) content lines neither used nor dropped by a rule")
        }
    }

    /// A used line's words are in the built site: it was not only counted, it was written.
    @Test func usedLinesReachTheSite() throws {
        let result = Self.build.result
        let site = result.files.filter { $0.path.hasPrefix("site/") && $0.path.hasSuffix(".html") }
            .map { HTMLEntities.decode(String(decoding: $0.contents, as: UTF8.self)).lowercased() }
            .joined(separator: "\n")
        var missing: [String] = []
        var checked = 0
        for summary in result.graph.sources {
            let lines = try #require(Self.build.lines[summary.file])
            let dropped = Set((result.dropped[summary.file] ?? []).map(\.line))
            for (index, line) in lines.enumerated() where !dropped.contains(index + 1) {
                let words = HTMLEntities.decode(String(line)).lowercased()
                    .split { !$0.isLetter }.filter { $0.count >= 5 }
                guard let longest = words.max(by: { $0.count < $1.count }) else { continue }
                checked += 1
                if !site.contains(longest) { missing.append("\(summary.file):\(index + 1): '\(longest)' in \"\(line.prefix(70))\"") }
            }
        }
        #expect(checked > 300)
        #expect(missing.isEmpty, "\(missing.count) of \(checked) lines have no trace in the site, e.g.\n\(missing.prefix(15).joined(separator: "\n"))")
    }

    @Test func theVerboseReportNamesEveryDroppedLine() throws {
        let corpus = Self.build.corpus
        let run = try DistillBinary.run(["build", "--verbose", "--input", "Input", "--output", "Output2", "--templates", Repository.templates.path], in: corpus.root)
        #expect(run.status < 2, "\(run.errors)")
        for (file, lines) in Self.build.result.dropped {
            for line in lines {
                #expect(run.output.contains("\(file):\(line.line): note: dropped by rule '\(line.rule.rawValue)'"))
            }
        }
    }
}
