import Foundation
import Testing

@testable import Distill

/// Plain notes that put one statement a line, with no blank line between: a word processor's
/// export and a typed text file. Each line is a fact of its own, so it can merge with the same
/// statement elsewhere and be reported when it disagrees with one.
@Suite struct StatementLinesBuildTests {
    static let markdown = """
        # Cell Biology

        ## Organelles

        - The mitochondrion produces ATP through oxidative phosphorylation.
        - Lysosomes contain about 50 hydrolytic enzymes.

        """
    /// Text saved from a word processor: CRLF, no blank line between its paragraphs, one of
    /// them wrapped.
    static let wordExport = [
        "BIOLOGY LECTURE NOTES", "", "Organelles", "",
        "Mitochondria produce ATP by oxidative phosphorylation.",
        "Ribosomes make proteins from mRNA.",
        "Lysosomes contain about 40 hydrolytic enzymes.",
        "The cell membrane is a lipid bilayer that controls what enters",
        "and leaves the cell.",
        "What is stored in the nucleus?",
        "The cell's DNA.", "",
    ].joined(separator: "\r\n")

    static let result: BuildResult = {
        let input = Repository.temporaryFolder("distill-statement-lines-input")
        try? markdown.write(to: input.appendingPathComponent("cell-biology.md"), atomically: true, encoding: .utf8)
        try? wordExport.write(to: input.appendingPathComponent("lecture.txt"), atomically: true, encoding: .utf8)
        let output = Repository.temporaryFolder("distill-statement-lines-output")
        return Pipeline(options: BuildOptions(input: input, output: output, templates: Repository.templates)).run()
    }()

    static func fact(at file: String, _ line: Int) -> MergedFact? {
        result.graph.facts.first { fact in fact.origins.contains { $0.file.rawValue == file && $0.line == line } }
    }

    @Test func eachStatementLineIsAFact() throws {
        #expect(Self.result.graph.sources.first { $0.file.rawValue == "lecture.txt" }?.format != .markdown)
        let ribosomes = try #require(Self.fact(at: "lecture.txt", 6))
        #expect(ribosomes.text == "Ribosomes make proteins from mRNA.")
        let membrane = try #require(Self.fact(at: "lecture.txt", 8))
        #expect(membrane.text == "The cell membrane is a lipid bilayer that controls what enters and leaves the cell.")
        // The answer under a question stays with it.
        let question = try #require(Self.fact(at: "lecture.txt", 10))
        guard case let .question(_, answer) = question.kind else {
            Issue.record("\(question.kind) is not a question")
            return
        }
        #expect(answer == "The cell's DNA.")
    }

    @Test func aStatementLineMergesWithItsRestatement() throws {
        let fact = try #require(Self.fact(at: "lecture.txt", 5))
        #expect(fact.origins.contains { $0.file.rawValue == "cell-biology.md" && $0.line == 5 }, "\(fact.text)")
    }

    @Test func aStatementLineThatDisagreesIsAConflict() throws {
        let ours = try #require(Self.fact(at: "lecture.txt", 7))
        let theirs = try #require(Self.fact(at: "cell-biology.md", 6))
        #expect(ours.id != theirs.id)
        #expect(Self.result.graph.conflicts.contains { Set($0.facts) == [ours.id, theirs.id] && $0.reason.hasPrefix("numbers differ") })
    }
}
