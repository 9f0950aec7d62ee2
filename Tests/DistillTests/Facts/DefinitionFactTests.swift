import Testing

@testable import Distill

/// Definitions and question pairs found in whole notes, through normalize, parse and extract.
@Suite struct DefinitionFactTests {
    private func facts(_ text: String, file: String = "notes.txt") -> [Fact] {
        let note = Normalizer().normalize(SourceFile(path: SourcePath(file), text: text))
        return FactExtractor().extract(ParsedNote.parse(note)).facts
    }

    @Test func consecutiveDoubleColonLinesAreOneDefinitionEach() {
        let found = facts("Music\n=====\n\nUnison :: two notes of the same pitch\nOctave :: two notes an octave apart\n")
        #expect(found.map(\.kind) == [
            .definition(term: "Unison", definition: "two notes of the same pitch"),
            .definition(term: "Octave", definition: "two notes an octave apart"),
        ])
        #expect(found.map(\.location.line) == [4, 5])
    }

    @Test func definitionLinesInMarkdownParagraph() {
        let found = facts("# Cells\n\nOsmosis: movement of water across a membrane\nDiffusion – spreading of particles from high to low\n", file: "cells.md")
        #expect(found.map(\.kind) == [
            .definition(term: "Osmosis", definition: "movement of water across a membrane"),
            .definition(term: "Diffusion", definition: "spreading of particles from high to low"),
        ])
    }

    @Test func introducedDefinitionLines() {
        let found = facts("# Music\n\nKey terms:\nUnison :: two notes of the same pitch\nOctave :: two notes an octave apart\n", file: "m.md")
        #expect(found.map(\.kind) == [
            .statement,
            .definition(term: "Unison", definition: "two notes of the same pitch"),
            .definition(term: "Octave", definition: "two notes an octave apart"),
        ])
        #expect(found.map(\.text) == ["Key terms:", "Unison :: two notes of the same pitch", "Octave :: two notes an octave apart"])
    }

    @Test func boldTermWithDash() {
        let found = facts("# Cells\n\n**Mitosis** - division of one cell into two\n", file: "cells.md")
        #expect(found.map(\.kind) == [.definition(term: "Mitosis", definition: "division of one cell into two")])
    }

    @Test func questionAndAnswerOnTwoLinesStayOneFact() {
        let found = facts("# Geography\n\nQ: What is the capital of France?\nA: Paris, on the Seine\n", file: "geo.md")
        #expect(found.map(\.kind) == [.question(question: "What is the capital of France?", answer: "Paris, on the Seine")])
    }

    @Test func proseWithOneColonLineIsOneStatement() {
        let found = facts("# History\n\nThe treaty was signed in 1919 after long talks\nNote: it was never ratified by the Senate\n", file: "h.md")
        #expect(found.count == 1)
        #expect(found.first?.kind == .statement)
    }
}
