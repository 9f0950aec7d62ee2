import Foundation
import Testing

@testable import Distill

/// Nothing a note or the config says can make the build read outside the input folder or
/// write outside the output folder.
@Suite struct PathSafetyTests {
    /// The writer refuses any output path that could leave the output folder or name it.
    @Test(arguments: [
        ("site/index.html", true), ("a", true), ("a/b/c.css", true), ("...", true), ("a/.hidden", true), ("a/..b", true), ("é/ö.html", true),
        ("", false), ("/etc/passwd", false), ("a//b", false), ("a/", false), ("./a", false), ("a/.", false), ("..", false),
        ("a/../../b", false), ("a/b/..", false), ("a\u{0}b", false), ("/", false),
    ])
    func outputPathsAreCheckedSegmentBySegment(path: String, safe: Bool) {
        #expect(OutputWriter.isSafe(path) == safe, "\(path.debugDescription)")
    }

    @Test func linksOutOfTheInputFolderAreRefused() throws {
        let corpus = Corpus()
        defer { corpus.remove() }
        let outside = corpus.root.appendingPathComponent("Private")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try "# Secret\n\n- Password: hunter2 swordfish\n".write(to: outside.appendingPathComponent("secret.txt"), atomically: true, encoding: .utf8)
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: corpus.input.appendingPathComponent("secret.txt").path, withDestinationPath: outside.appendingPathComponent("secret.txt").path)
        try fm.createSymbolicLink(atPath: corpus.input.appendingPathComponent("folder").path, withDestinationPath: "../Private")
        try fm.createSymbolicLink(atPath: corpus.input.appendingPathComponent("passwd.txt").path, withDestinationPath: "/etc/passwd")
        // A link to a note inside the folder is fine.
        try fm.createSymbolicLink(atPath: corpus.input.appendingPathComponent("again.txt").path, withDestinationPath: "good.txt")
        let result = corpus.build()
        for name in ["secret.txt", "folder", "passwd.txt"] {
            let warning = result.diagnostics.first { $0.location?.file.rawValue == name }
            #expect(warning?.severity == .warning, "\(name)")
            #expect(warning?.reason.message.contains("points outside the input folder") == true, "\(name)")
        }
        #expect(!result.diagnostics.contains { $0.location?.file.rawValue.hasPrefix("folder/") == true }, "one warning for the linked folder, not one per file")
        #expect(result.graph.sources.map(\.file.rawValue) == ["again.txt", "good.txt"])
        #expect(!result.files.contains { String(decoding: $0.contents, as: UTF8.self).contains("hunter2") })
        #expect(!result.files.contains { String(decoding: $0.contents, as: UTF8.self).contains("root:x:0") })
    }

    static let hostileNames = [
        "../../escape", "/etc/passwd", "..", ".", "~/x", "C:\\Windows\\system32", "a/../../b", "%2e%2e%2fup",
        "\u{0}nul", "CON", "-rf", "name with spaces/..", "…/…", "../" + String(repeating: "x", count: 300),
    ]

    @Test(arguments: hostileNames)
    func headingsAndConfigValuesCannotNameAPathOutside(_ name: String) throws {
        let corpus = Corpus()
        defer { corpus.remove() }
        let quoted = "'" + name.replacingOccurrences(of: "'", with: "''").replacingOccurrences(of: "\u{0}", with: "") + "'"
        corpus.add("distill.yml", "title: \(quoted)\ndeck: \(quoted)\n")
        corpus.add("hostile.md", "# \(name)\n\n- \(name): a term named like a path\n\n## \(name)\n\n- Another fact under \(name)\n")
        for options in [(split: false, reversed: false), (split: true, reversed: true)] {
            var buildOptions = corpus.options()
            buildOptions.splitDecks = options.split
            buildOptions.reversedCards = options.reversed
            let result = Pipeline(options: buildOptions).run()
            for file in result.files {
                #expect(OutputWriter.isSafe(file.path), "\(file.path)")
                #expect(!file.path.split(separator: "/").contains(".."), "\(file.path)")
            }
            #expect(!result.diagnostics.contains { $0.severity == .error && $0.reason.message.contains("cannot write") })
        }
        // Nothing appeared beside the output folder.
        let beside = try FileManager.default.contentsOfDirectory(atPath: corpus.root.path).sorted()
        #expect(beside == ["Input", "Output"])
    }

    @Test(arguments: ["../outside.txt", "/tmp/absolute.txt", "site/../../up.txt", "", "a//b", "./here", "site/./x", "x/\u{0}"])
    func theWriterRefusesPathsOutOfTheOutputFolder(_ path: String) throws {
        let root = Repository.temporaryFolder("distill-writer")
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("Output")
        let writer = OutputWriter(folder: output)
        let refused = try writer.write([RenderedFile(path: "ok.txt", text: "fine"), RenderedFile(path: path, text: "escaped")])
        #expect(refused.map(\.description) == ["refusing to write '\(path)': it would land outside the output folder"])
        #expect(Corpus.snapshot(output) == ["ok.txt": Data("fine".utf8)])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["Output"])
        if path.hasPrefix("/") {
            #expect((try? String(contentsOfFile: path, encoding: .utf8)) != "escaped")
        }
    }

    @Test func aNoteNamedWithABackslashIsWritten() throws {
        let corpus = Corpus()
        defer { corpus.remove() }
        corpus.add("back\\slash.txt", "# Slash\n\n- Stomata let gases through leaves\n")
        let result = corpus.build()
        #expect(result.succeeded, "\(result.diagnostics)")
        #expect(FileManager.default.fileExists(atPath: corpus.output.appendingPathComponent("normalized/back\\slash.txt.md").path))
    }

    @Test func aKilledSwapIsRecoveredByTheNextBuild() throws {
        let corpus = Corpus()
        defer { corpus.remove() }
        _ = corpus.build()
        let before = corpus.snapshot()
        // A build that died between moving the old output aside and moving the new one in.
        let retired = corpus.root.appendingPathComponent(".Output.retired-999999-1")
        try FileManager.default.moveItem(at: corpus.output, to: retired)
        let staging = corpus.root.appendingPathComponent(".Output.staging-999999-1")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        // A failed build does not write, but a good one first recovers the old output, then replaces it.
        corpus.add("more.txt", "# More\n\n- Phloem carries sugar\n")
        let result = corpus.build()
        #expect(result.succeeded)
        let after = corpus.snapshot()
        #expect(after.keys.contains("site/index.html"))
        #expect(Set(after.keys).isSuperset(of: Set(before.keys.filter { $0.hasPrefix(".") })))
        #expect(try FileManager.default.contentsOfDirectory(atPath: corpus.root.path).sorted() == ["Input", "Output"])
    }
}
