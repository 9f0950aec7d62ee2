import Foundation
import Testing

@testable import Distill

/// Golden files: `Fixtures/normalize/<case>/input.txt` (or `input.md`) against `expected.md`
/// and `expected-dropped.txt`. Run with `RECORD_GOLDEN=1` to rewrite the expected files.
@Suite struct NormalizerGoldenTests {
    static let folder: URL = {
        let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        return fixtures.appendingPathComponent("normalize")
    }()

    /// The source tree's copy, which recording rewrites.
    static let sourceFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/normalize")

    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }()

    static func input(_ name: String) throws -> SourceFile {
        let caseFolder = folder.appendingPathComponent(name)
        let inputName = FileManager.default.fileExists(atPath: caseFolder.appendingPathComponent("input.md").path)
            ? "input.md" : "input.txt"
        // Through the loader, as a build reads it: BOMs, CRLF and legacy 8-bit bytes included.
        let loaded = try #require(SourceLoader(folder: caseFolder).load(SourcePath(inputName)).file)
        return SourceFile(path: SourcePath("\(name)/\(inputName)"), text: loaded.text, encoding: loaded.encoding)
    }

    static func droppedListing(_ note: NormalizedNote) -> String {
        note.dropped.map { "\($0.line): \($0.rule.rawValue)\n" }.joined()
    }

    @Test(arguments: cases)
    func matchesGolden(name: String) throws {
        let note = Normalizer(inputFolder: Self.folder).normalize(try Self.input(name))
        let dropped = Self.droppedListing(note)
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            let target = Self.sourceFolder.appendingPathComponent(name)
            try note.markdown.write(to: target.appendingPathComponent("expected.md"), atomically: true, encoding: .utf8)
            try dropped.write(to: target.appendingPathComponent("expected-dropped.txt"), atomically: true, encoding: .utf8)
            return
        }
        let caseFolder = Self.folder.appendingPathComponent(name)
        let expected = try String(contentsOf: caseFolder.appendingPathComponent("expected.md"), encoding: .utf8)
        let expectedDropped = try String(contentsOf: caseFolder.appendingPathComponent("expected-dropped.txt"), encoding: .utf8)
        #expect(note.markdown == expected)
        #expect(dropped == expectedDropped)
    }

    @Test(arguments: cases)
    func isIdempotent(name: String) throws {
        Self.expectIdempotent(try Self.input(name))
    }

    static let seeds: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Repository.input.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted()
    }()

    @Test(arguments: seeds)
    func seedIsIdempotent(name: String) throws {
        Self.expectIdempotent(try #require(SourceLoader(folder: Repository.input).load(SourcePath(name)).file))
    }

    /// Normalized markdown, read again under the same (non-markdown) file name, is detected as
    /// markdown and comes out unchanged.
    static func expectIdempotent(_ file: SourceFile) {
        let once = Normalizer().normalize(file).markdown
        let again = Normalizer().normalize(SourceFile(path: file.path, text: once))
        #expect(again.format == .markdown, "\(file.path.rawValue): normalized output detected as \(again.format)")
        #expect(again.dropped.isEmpty, "\(file.path.rawValue): normalized output loses lines \(again.dropped.prefix(5))")
        #expect(once == again.markdown, "\(file.path.rawValue): \(firstDifference(once, again.markdown))")
    }

    static func firstDifference(_ lhs: String, _ rhs: String) -> String {
        let left = lhs.split(separator: "\n", omittingEmptySubsequences: false)
        let right = rhs.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, (a, b)) in zip(left, right).enumerated() where a != b {
            return "line \(index + 1): '\(a)' became '\(b)'"
        }
        return "line counts \(left.count) and \(right.count)"
    }

    @Test(arguments: cases)
    func mapsEveryLineWithText(name: String) throws {
        let file = try Self.input(name)
        let note = Normalizer().normalize(file)
        let markdownLines = SourceFile(path: file.path, text: note.markdown).lines
        #expect(note.lineMap.rawLines.count == markdownLines.count)
        let covered = Set(note.dropped.map(\.line)).union(note.lineMap.rawLines)
        for (index, raw) in file.lines.enumerated() where raw.contains(where: { !$0.isWhitespace }) {
            #expect(covered.contains(index + 1), "line \(index + 1) vanished: \(raw)")
        }
        // A heading or item's words come from the raw line it maps to.
        for (markdownLine, rawLine) in zip(markdownLines, note.lineMap.rawLines) {
            let trimmed = markdownLine.drop(while: { $0 == " " })
            guard !trimmed.hasPrefix("```"), let word = Self.firstWord(markdownLine) else { continue }
            let raw = HTMLEntities.decode(String(file.lines[rawLine - 1])).lowercased()
            #expect(raw.contains(word.lowercased()), "'\(markdownLine)' maps to raw \(rawLine)")
        }
    }

    /// The first run of four or more letters in a markdown line, if any.
    static func firstWord(_ line: Substring) -> String? {
        var word = ""
        for character in line {
            if character.isLetter {
                word.append(character)
            } else {
                if word.count >= 4 { return word }
                word = ""
            }
        }
        return word.count >= 4 ? word : nil
    }
}
