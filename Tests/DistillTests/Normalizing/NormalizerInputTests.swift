import Foundation
import Testing

@testable import Distill

/// Runs the normalizer over the real notes in `Input/` and checks the line map's promises.
@Suite struct NormalizerInputTests {
    static let inputFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Input")

    static let inputNames: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: inputFolder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted()
    }()

    static func load(_ name: String) throws -> SourceFile {
        let text = try String(contentsOf: inputFolder.appendingPathComponent(name), encoding: .utf8)
            .replacingOccurrences(of: "\r\n", with: "\n")
        return SourceFile(path: SourcePath(name), text: text)
    }

    @Test(arguments: inputNames)
    func lineMapCoversEveryLine(name: String) throws {
        let file = try Self.load(name)
        let note = Normalizer().normalize(file)
        let markdownLines = SourceFile(path: file.path, text: note.markdown).lines
        #expect(note.lineMap.rawLines.count == markdownLines.count)

        let droppedLines = Set(note.dropped.map(\.line))
        for dropped in note.dropped {
            let isBlank = file.lines[dropped.line - 1].allSatisfy { $0.isWhitespace }
            #expect(!isBlank, "line \(dropped.line) is blank")
        }
        let mapped = Set(note.lineMap.rawLines)
        for (index, raw) in file.lines.enumerated() where !raw.allSatisfy({ $0.isWhitespace }) {
            let line = index + 1
            #expect(droppedLines.contains(line) || mapped.contains(line), "\(name):\(line) vanished: \(raw.prefix(80))")
        }
        #expect(Set(note.dropped.map(\.line)).count == note.dropped.count, "a line is dropped twice")
        for (markdownLine, rawLine) in zip(markdownLines, note.lineMap.rawLines) {
            let trimmed = markdownLine.drop(while: { $0 == " " })
            guard !trimmed.hasPrefix("```"), let word = NormalizerGoldenTests.firstWord(markdownLine) else { continue }
            let raw = HTMLEntities.decode(String(file.lines[rawLine - 1])).lowercased()
            #expect(raw.contains(word.lowercased()), "'\(markdownLine)' maps to raw \(rawLine)")
        }

        if let folder = ProcessInfo.processInfo.environment["NORMALIZED_DUMP"] {
            let base = URL(fileURLWithPath: folder).appendingPathComponent(name)
            try note.markdown.write(to: base.appendingPathExtension("out.md"), atomically: true, encoding: .utf8)
            let map = zip(markdownLines, note.lineMap.rawLines).map { "\($1)\t\($0)" }.joined(separator: "\n")
            try map.write(to: base.appendingPathExtension("map.txt"), atomically: true, encoding: .utf8)
            let drops = note.dropped.map { "\($0.line): \($0.rule.rawValue)" }.joined(separator: "\n")
            try drops.write(to: base.appendingPathExtension("dropped.txt"), atomically: true, encoding: .utf8)
        }
    }

    @Test(arguments: inputNames)
    func isIdempotent(name: String) throws {
        let file = try Self.load(name)
        let once = Normalizer().normalize(file).markdown
        let twice = Normalizer().normalize(SourceFile(path: file.path, text: once)).markdown
        #expect(once == twice)
        if let folder = ProcessInfo.processInfo.environment["NORMALIZED_DUMP"] {
            let base = URL(fileURLWithPath: folder).appendingPathComponent(name)
            try twice.write(to: base.appendingPathExtension("twice.md"), atomically: true, encoding: .utf8)
        }
    }
}
