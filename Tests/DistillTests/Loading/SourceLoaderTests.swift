import Foundation
import Testing

@testable import Distill

@Suite struct SourceLoaderTests {
    private func load(_ bytes: [UInt8], name: String = "note.txt") -> (SourceFile?, [Diagnostic]) {
        let folder = Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: Data(bytes))
        let result = SourceLoader(folder: folder).load(SourcePath(name))
        return (result.file, result.diagnostics)
    }

    @Test func utf8WithBOMAndCRLF() throws {
        let (file, diagnostics) = load([0xEF, 0xBB, 0xBF] + Array("a\r\nb\rc\n".utf8))
        #expect(try #require(file).lines == ["a", "b", "c"])
        #expect(file?.encoding == .utf8BOM)
        #expect(diagnostics.isEmpty)
    }

    @Test func utf16LittleEndian() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "Zoë\nline".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let (file, _) = load(bytes)
        #expect(try #require(file).lines == ["Zoë", "line"])
        #expect(file?.encoding == .utf16LE)
    }

    @Test func latin1FallsBackWithAWarning() throws {
        let (file, diagnostics) = load(Array("caf".utf8) + [0xE9] + Array(" cr".utf8) + [0xE8, 0x6D, 0x65])
        #expect(try #require(file).text == "café crème")
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.description.contains("Windows-1252") == true)
    }

    @Test func damagedUTF8IsReplacedAndLocated() throws {
        let text = Array(String(repeating: "é", count: 40).utf8) + Array("\nbad ".utf8) + [0xFF] + Array("\n".utf8)
        let (file, diagnostics) = load(text)
        #expect(try #require(file).lines[1].contains("\u{FFFD}"))
        #expect(diagnostics.contains { $0.location?.line == 2 && $0.severity == .warning })
    }

    /// A line over the limit is kept and reported at its line with its length in bytes; one at
    /// the limit, and a long text of short lines, are not. CR LF folds to one byte.
    @Test func hugeLinesAreKeptAndReportedWhereTheyAre() throws {
        let limit = SourceLoader.longLineLimit
        let huge = String(repeating: "é", count: limit / 2 + 1)
        let text = "first\r\n" + String(repeating: "x", count: limit) + "\r\n" + huge + "\nlast " + huge
        let (file, diagnostics) = load(Array(text.utf8))
        #expect(try #require(file).lines.count == 4)
        let reported = diagnostics.filter { $0.severity == .warning }.map { ($0.location?.line, $0.description) }
        #expect(reported.map(\.0) == [3, 4])
        #expect(reported.first?.1.contains("\(huge.utf8.count / 1024) KB long") == true)
        let (_, quiet) = load(Array(String(repeating: "short line\n", count: limit / 5).utf8))
        #expect(quiet.isEmpty)
    }

    @Test func binaryFileIsSkippedWithADiagnostic() {
        let (file, diagnostics) = load([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 13], name: "photo.png")
        #expect(file == nil)
        #expect(diagnostics.first?.description.contains("binary") == true)
    }

    /// Lines are cut at every line feed, in the bytes, as splitting the text's characters on
    /// line feeds cuts it (a line feed is a character of its own once line endings are folded);
    /// a line feed at the end starts no further line.
    @Test func linesAreTheTextCutAtLineFeeds() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "Zoë", "→ ↳", "\n", "\n", "\n\n", " ", "e\u{301}", "🇩🇪", "\t", "x y z"]
        for round in 0..<2_000 {
            let text = round == 0 ? "" : (0..<Int.random(in: 1...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            var expected = text.split(separator: "\n", omittingEmptySubsequences: false)
            if expected.last?.isEmpty == true { expected.removeLast() }
            #expect(SourceFile(path: SourcePath("note.txt"), text: text).lines == expected, "\(text.debugDescription)")
        }
    }

    @Test func missingFolderIsAnError() {
        let result = SourceLoader(folder: URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)")).discover()
        #expect(result.paths.isEmpty)
        #expect(result.diagnostics.first?.severity == .error)
    }
}
