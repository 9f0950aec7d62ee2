import Foundation
import Testing

@testable import Distill

/// Odd and huge inputs must come out as markdown with a full line map, quickly.
@Suite struct NormalizerRobustnessTests {
    func normalize(_ text: String, path: String = "notes.txt") -> NormalizedNote {
        Normalizer().normalize(SourceFile(path: SourcePath(path), text: text))
    }

    func checkMap(_ note: NormalizedNote) {
        let lines = SourceFile(path: note.source, text: note.markdown).lines
        #expect(note.lineMap.rawLines.count == lines.count)
    }

    @Test func emptyFile() {
        let note = normalize("")
        #expect(note.markdown == "")
        #expect(note.lineMap.rawLines.isEmpty)
        #expect(normalize("\n\n   \n\t\n").markdown == "")
    }

    @Test func hugeSingleLine() {
        let line = String(repeating: "word <b>x</b> &amp; $\\rightarrow$ ", count: 160_000)
        let clock = ContinuousClock()
        let elapsed = clock.measure { checkMap(normalize(line)) }
        #expect(elapsed < .seconds(60))
    }

    @Test func deepIndentation() {
        let text = (0..<10_000).map { String(repeating: " ", count: $0) + "- item \($0)" }.joined(separator: "\n")
        let note = normalize(text)
        checkMap(note)
        let widest = note.markdown.split(separator: "\n").map(\.count).max() ?? 0
        #expect(widest < 200)
        #expect(note.diagnostics.contains { $0.reason == .nestingTooDeep(limit: BlockParser.maximumDepth) })
        checkMap(normalize(String(repeating: "\t", count: 10_000) + "text"))
    }

    @Test func controlCharacters() {
        let note = normalize("Title\u{0}\u{7}\n\n- a\u{1B}[31m b\n\u{C}\n- \u{8}c\n")
        checkMap(note)
        #expect(!note.markdown.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func manyLinesStayLinear() {
        var lines: [String] = []
        for section in 0..<5_000 {
            lines += ["Section \(section)", "", "  • point one of \(section)", "    • detail", "\tcell\tvalue", "x\ty", ""]
        }
        let text = lines.joined(separator: "\n")
        let clock = ContinuousClock()
        let elapsed = clock.measure { checkMap(normalize(text)) }
        #expect(elapsed < .seconds(60))
    }

    @Test func unclosedFenceIsClosed() {
        let note = normalize("# T\n\n```\ncode\n", path: "n.md")
        #expect(note.markdown == "# T\n\n```\ncode\n```\n")
        #expect(note.diagnostics.map(\.reason) == [.unclosedCodeFence])
        #expect(note.diagnostics.first?.location?.line == 3)
    }

    // MARK: - Small cases

    @Test func ocrArrowsNestAndColonLabelsStayItems() {
        let note = normalize("→ Regions :-\n\n→ Term :- a definition\n↳ nested point\n→ next\n")
        #expect(note.format == .handwritingOCR)
        #expect(note.markdown == "- Regions:\n- Term: a definition\n  - nested point\n- next\n")
        #expect(note.lineMap.rawLines == [1, 3, 4, 5])
        let label = normalize("# Notes\n\n→ Use cases :-\n↳ backups\n↳ archives\n→ next point\n")
        #expect(label.markdown == "# Notes\n\n- Use cases:\n  - backups\n  - archives\n- next point\n")
    }

    @Test func headingDecorationsAreStripped() {
        let note = normalize("## \\* → First :-\n\ntext one\n\n### \\* Second!\n\ntext two\n\n## Third\n\ntext\n")
        #expect(note.markdown.hasPrefix("# First\n\ntext one\n\n## Second\n"))
    }

    @Test func markdownNavigationAndAnchors() {
        let text = "<a name=\"1\"></a>\n## [↖](#top)[↓](#2) Title\nSee <a href=\"https://x.org/a\" target=\"_blank\">docs</a>.\n"
        let note = normalize(text, path: "a.md")
        #expect(note.markdown == "# Title\n\nSee [docs](https://x.org/a).\n")
        #expect(note.dropped == [DroppedLine(line: 1, rule: .htmlAnchor)])
        #expect(note.lineMap.rawLines == [2, 2, 3])
    }

    @Test func latexNoiseIsDroppedAndInlineArrowsKept() {
        let note = normalize("Notes\n\n- a $\\rightarrow$ b\n$\\rightarrow$   $\\downarrow$\n- c\n")
        #expect(note.markdown.contains("- a → b\n- c\n"))
        #expect(note.dropped.contains(DroppedLine(line: 4, rule: .latexNoise)))
    }

    @Test func plainTextIsEscaped() {
        let note = normalize("Intro line.\n\n> not a quote\n2024. a year\n<div> tag and | pipe\n")
        // `2024. a year` starts like a sentence under a short line: a paragraph of its own.
        #expect(note.markdown == "Intro line.\n\n\\> not a quote\n\n2024\\. a year\ntag and | pipe\n")
    }

    @Test func questionsAreNotTitles() {
        let note = normalize("Intro\n\n- a\n\nWhat is it?\n\n- b\n")
        #expect(note.markdown.contains("\nWhat is it?\n"))
    }
}
