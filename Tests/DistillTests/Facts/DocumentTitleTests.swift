import Testing

@testable import Distill

/// A heading over all the others names the file; the topics are its sections.
@Suite struct DocumentTitleTests {
    private func extract(_ text: String, file: String = "notes.md") -> ExtractedNote {
        let note = Normalizer().normalize(SourceFile(path: SourcePath(file), text: text))
        return FactExtractor().extract(ParsedNote.parse(note))
    }

    @Test func sectionsUnderASoleTopHeadingAreTopics() {
        let note = extract("# Revision\n\nIntro line under the title.\n\n## Cells\n\n- Cells divide.\n\n### Mitosis\n\n- Two cells.\n")
        #expect(note.facts.map(\.topicPath) == [["Revision"], ["Cells"], ["Cells", "Mitosis"]])
        // The title alone is no heading of the topic tree.
        #expect(note.headings.map(\.path) == [["Cells"], ["Cells", "Mitosis"]])
    }

    @Test func severalTopHeadingsAreAllTopics() {
        let note = extract("# Cells\n\n- Cells divide.\n\n# Genes\n\n## Alleles\n\n- Two per gene.\n")
        #expect(note.facts.map(\.topicPath) == [["Cells"], ["Genes", "Alleles"]])
    }

    @Test func aLoneHeadingIsATopic() {
        let note = extract("# Cells\n\n- Cells divide.\n")
        #expect(note.facts.map(\.topicPath) == [["Cells"]])
        #expect(note.headings.map(\.path) == [["Cells"]])
    }
}
