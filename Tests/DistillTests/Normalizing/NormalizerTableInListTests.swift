import DistillMarkdown
import Testing

@testable import Distill

/// A pipe table written under a list item stays inside that item, in markdown and plain notes.
@Suite struct NormalizerTableInListTests {
    private func normalize(_ text: String, file: String) -> NormalizedNote {
        Normalizer().normalize(SourceFile(path: SourcePath(file), text: text))
    }

    /// The kinds of the parsed blocks on the path to the first table, outermost first.
    private func pathToTable(_ node: MarkdownNode) -> [String]? {
        if case .table = node.kind { return ["table"] }
        for child in node.children {
            if let path = pathToTable(child) { return ["\(node.kind)".components(separatedBy: "(")[0]] + path }
        }
        return nil
    }

    @Test(arguments: ["prices.md", "prices.txt"])
    func tableStaysInItsItem(file: String) throws {
        let input = """
            # Fruit

            - Apples
              | Kind | Price |
              |------|-------|
              | Gala | 2 |
            - Pears
            """
        let note = normalize(input, file: file)
        #expect(note.markdown == """
            # Fruit

            - Apples

              | Kind | Price |
              |------|-------|
              | Gala | 2 |
            - Pears

            """)
        let path = try #require(pathToTable(MarkdownParser.parse(note.markdown)))
        #expect(path == ["document", "list", "item", "table"])
        // A blank line maps to the raw line before it.
        #expect(note.lineMap.rawLines == [1, 1, 3, 3, 4, 5, 6, 7])
    }

    @Test func unindentedTableEndsTheList() {
        let note = normalize("# Fruit\n\n- Apples\n\n| Kind | Price |\n|---|---|\n| Gala | 2 |\n", file: "prices.md")
        #expect(note.markdown == "# Fruit\n\n- Apples\n\n| Kind | Price |\n|---|---|\n| Gala | 2 |\n")
        #expect(pathToTable(MarkdownParser.parse(note.markdown)) == ["document", "table"])
    }
}
