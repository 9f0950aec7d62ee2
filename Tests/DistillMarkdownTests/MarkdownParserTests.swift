import Foundation
import Testing

@testable import DistillMarkdown

@Suite struct MarkdownParserTests {
    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("parse")

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? [])
            .filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }.sorted()
    }

    /// The tree dump of every fixture, with line:col ranges, against its golden `.dump` file.
    /// `RECORD_GOLDEN=1` rewrites the golden files in the source tree.
    @Test(arguments: cases)
    func treeDumpMatchesGolden(_ name: String) throws {
        let markdown = try String(contentsOf: Self.fixtures.appendingPathComponent("\(name).md"), encoding: .utf8)
        let dump = MarkdownParser.parse(markdown).dump()
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/parse/\(name).dump")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try dump.write(to: source, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: source, encoding: .utf8)
        #expect(dump == expected)
    }

    @Test func gfmExtensionsAreOn() {
        let tree = MarkdownParser.parse("| a |\n|---|\n| 1 |\n\n~~x~~ www.example.com\n\n- [ ] todo\n")
        let kinds = Self.allKinds(tree)
        #expect(kinds.contains { if case .table = $0 { true } else { false } })
        #expect(kinds.contains(.strikethrough))
        #expect(kinds.contains { if case .link = $0 { true } else { false } })
        #expect(kinds.contains(.item(task: false)))
    }

    @Test func sourcePositionsAreOn() {
        let tree = MarkdownParser.parse("\n\n## Title\n")
        #expect(tree.children.first?.range.start == SourcePosition(line: 3, column: 1))
    }

    @Test func deepNestingDoesNotOverflow() {
        let deep = (0..<5000).map { String(repeating: "  ", count: $0) + "- item" }.joined(separator: "\n")
        let tree = MarkdownParser.parse(deep)
        #expect(!tree.children.isEmpty)
        #expect(!tree.dump().isEmpty)
    }

    static func allKinds(_ node: MarkdownNode) -> [MarkdownNode.Kind] {
        [node.kind] + node.children.flatMap(allKinds)
    }
}
