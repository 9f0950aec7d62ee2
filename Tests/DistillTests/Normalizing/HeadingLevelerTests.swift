import Testing

@testable import Distill

@Suite struct HeadingLevelerTests {
    private func levels(_ blocks: [NoteBlock]) -> [Int] {
        HeadingLeveler.resolve(blocks).compactMap { block in
            guard case let .heading(.explicit(level), _) = block else { return nil }
            return level
        }
    }

    private func title(_ text: String, _ rank: HeadingRank) -> NoteBlock {
        .heading(rank, MappedText(text: text, line: 1))
    }

    @Test func openingTitleNamesTheDocument() {
        let paragraph = NoteBlock.paragraph([MappedText(text: "text", line: 2)])
        #expect(levels([title("Botany", .title), title("Roots", .title), paragraph, title("Leaves", .title), title("Veins", .sub)]) == [1, 2, 2, 3])
    }

    @Test func titlesAfterTextStayLevel() {
        let paragraph = NoteBlock.paragraph([MappedText(text: "intro", line: 1)])
        #expect(levels([paragraph, title("Roots", .title), title("Leaves", .title)]) == [1, 1])
    }

    @Test func explicitHeadingsKeepTheirLevels() {
        #expect(levels([title("Botany", .title), title("Roots", .explicit(2)), title("Leaves", .title)]) == [1, 1, 1])
        #expect(levels([title("Only", .title)]) == [1])
    }
}
