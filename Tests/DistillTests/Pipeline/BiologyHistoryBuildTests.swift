import Foundation
import Testing

@testable import Distill

/// The whole pipeline on notes in other subjects and shapes than the seeds: cell biology and
/// European history in a CRLF Word export, an OCR'd page, markdown with anchors, a scraped
/// page and a Latin-1 org outline. Expectations were labelled by hand from the raw files.
@Suite struct BiologyHistoryBuildTests {
    static let input = Repository.root.appendingPathComponent("Tests/DistillTests/Fixtures/corpora/biology-history")
    static let output = Repository.temporaryFolder("distill-biology-history")
    static let result = Pipeline(
        options: BuildOptions(input: input, output: output, templates: Repository.templates)
    ).run()

    static let word = "biology-history-word-export.txt"
    static let ocr = "lecture-notes-ocr.txt"
    static let markdown = "revision.md"
    static let web = "revisionhub-page.txt"
    static let outline = "outline.org"

    static func fact(at file: String, _ line: Int) -> MergedFact? {
        result.graph.facts.first { fact in fact.origins.contains { $0.file.rawValue == file && $0.line == line } }
    }

    static func origins(_ fact: MergedFact) -> Set<String> {
        Set(fact.origins.map { "\($0.file.rawValue):\($0.line)" })
    }

    @Test func buildsWithoutErrors() {
        #expect(Self.result.succeeded, "\(Self.result.diagnostics.filter { $0.severity == .error })")
        #expect(Self.result.graph.sources.count == 5)
        let formats = Dictionary(uniqueKeysWithValues: Self.result.graph.sources.map { ($0.file.rawValue, $0.format) })
        #expect(formats[Self.web] == .webPage)
        #expect(formats[Self.outline] == .orgMode)
        #expect(formats[Self.markdown] == .markdown)
    }

    /// The same statement in other words, in two sources, is one fact crediting both lines.
    @Test func mergesTheRestatements() throws {
        let pairs: [(String, Int, String, Int)] = [
            (Self.word, 13, Self.ocr, 4),  // double membrane, folded into cristae
            (Self.word, 24, Self.outline, 11),  // ribosomes: protein synthesis
            (Self.word, 37, Self.web, 8),  // Louis XVI executed in 1793
            (Self.word, 38, Self.web, 10),  // Napoleon crowned in 1804
            (Self.word, 39, Self.ocr, 20),  // HRE, defined once, dissolved in 1806
            (Self.web, 15, Self.outline, 18),  // Versailles signed 28 June 1919
        ]
        for (fileA, lineA, fileB, lineB) in pairs {
            let fact = try #require(Self.fact(at: fileA, lineA), "\(fileA):\(lineA) is in no fact")
            #expect(Self.origins(fact).contains("\(fileB):\(lineB)"), "\(fileA):\(lineA) and \(fileB):\(lineB) are one fact: \(fact.text)")
        }
    }

    /// Facts about the same thing with other numbers or the opposite polarity stay apart.
    @Test func keepsDisagreementsApart() throws {
        let apart: [(String, Int, String, Int)] = [
            (Self.word, 38, Self.ocr, 18),  // crowned 1804 / 1805
            (Self.word, 15, Self.ocr, 6),  // 36 / 38 ATP
            (Self.word, 31, Self.ocr, 14),  // 46 / 48 chromosomes
            (Self.markdown, 25, Self.outline, 9),  // net 2 / 4 ATP
            (Self.markdown, 33, Self.outline, 20),  // created / did not create the League
            (Self.word, 26, Self.ocr, 11),  // not surrounded by a membrane / membrane-bound
        ]
        for (fileA, lineA, fileB, lineB) in apart {
            let fact = try #require(Self.fact(at: fileA, lineA))
            #expect(!Self.origins(fact).contains("\(fileB):\(lineB)"), "\(fileA):\(lineA) and \(fileB):\(lineB) disagree: \(fact.text)")
        }
    }

    @Test func reportsTheConflicts() throws {
        let byID = Dictionary(uniqueKeysWithValues: Self.result.graph.facts.map { ($0.id, $0) })
        let reported = Self.result.graph.conflicts.map { conflict in
            Set(conflict.facts.compactMap { byID[$0] }.flatMap(Self.origins))
        }
        let expected: [(String, String, String)] = [
            ("\(Self.word):31", "\(Self.ocr):14", "numbers differ"),
            ("\(Self.markdown):33", "\(Self.outline):20", "polarity differs"),
        ]
        for (a, b, reason) in expected {
            let index = reported.firstIndex { $0.contains(a) && $0.contains(b) }
            #expect(index != nil, "conflict \(a) / \(b) reported")
            if let index { #expect(Self.result.graph.conflicts[index].reason.hasPrefix(reason)) }
        }
    }

    @Test func recoversTheHeadings() {
        let titles = Set(Self.result.graph.topics.map(\.title))
        // A scraped page's section titles sit between its bullet lists.
        #expect(titles.contains("The French Revolution & Napoleon"))
        // Navigation links after a heading are no part of its title.
        #expect(!titles.contains { $0.contains("↑") })
        // `Cell division` is not cut to `division`: `Cell` running on in lowercase is no qualifier.
        #expect(!titles.contains("division"))
        // A heading over all others names the file, not a subject: `# Cell Biology and European
        // History — Revision` and the org `#+TITLE` make no topic, their sections are the topics.
        #expect(!titles.contains { $0.contains("Revision") })
        let slugs = Set(Self.result.graph.topics.map(\.slug.rawValue))
        #expect(slugs.isSuperset(of: ["atp", "treaty-of-versailles", "cell-biology", "cell-biology/glycolysis"]))
        // So the markdown's `Mitochondria` section joins the OCR page's `Mitochondria :-`.
        let mitochondria = Self.result.graph.facts.filter { $0.topic.rawValue == "mitochondria" }
        #expect(mitochondria.contains { $0.origins.contains { $0.file.rawValue == Self.markdown && $0.line == 16 } })
        #expect(mitochondria.contains { $0.origins.contains { $0.file.rawValue == Self.ocr && $0.line == 3 } })
        #expect(!titles.contains { $0.hasPrefix("and ") })
    }

    @Test func dropsPageChromeAndGarbage() {
        let texts = Self.result.graph.facts.map(\.text)
        #expect(!texts.contains { $0.contains("Share this") || $0.contains("RevisionHub") || $0.contains("cookies") })
        #expect(!texts.contains { $0.contains("lll") })
        let dropped = Set((Self.result.dropped[SourcePath(Self.ocr)] ?? []).map(\.line))
        #expect(dropped.isSuperset(of: [7, 21]))
    }

    @Test func readsTheLatinOneOutline() throws {
        let fact = try #require(Self.fact(at: Self.outline, 14))
        #expect(fact.text.contains("Régime"))
    }

    /// A `Q:` line under a Word export's bullet is a card of its own, not the bullet's child.
    @Test func keepsTheQuestionApart() throws {
        let fact = try #require(Self.fact(at: Self.word, 32))
        #expect(fact.parent == nil)
        guard case let .question(question, answer) = fact.kind else {
            Issue.record("not a question: \(fact.kind)")
            return
        }
        #expect(question == "What separates during anaphase?")
        #expect(answer.hasPrefix("Sister chromatids"))
    }

    /// Every source of every fact is credited at the raw line where its own wording starts,
    /// in the CRLF and Latin-1 files too.
    @Test func creditsEachSourceAtItsLine() throws {
        let loader = SourceLoader(folder: Self.input)
        var rawLines: [SourcePath: [Substring]] = [:]
        for path in loader.discover().paths {
            if let file = loader.load(path).file { rawLines[path] = file.lines }
        }
        var misplaced: [String] = []
        for fact in Self.result.graph.facts {
            for (origin, wording) in zip(fact.origins, fact.wordings) {
                let lines = try #require(rawLines[origin.file])
                let raw = Words.compact(HTMLEntities.decode(String(lines[origin.line - 1])))
                let opening = String(Words.compact(wording).prefix(16))
                if !raw.contains(opening) { misplaced.append("\(origin): \(wording)") }
            }
        }
        #expect(Self.result.graph.facts.count > 40)
        #expect(misplaced.isEmpty, "\(misplaced)")
    }

    /// Every non-blank raw line is in a fact, heading, table or code block, or was dropped by a
    /// named rule.
    @Test func losesNoLine() throws {
        for summary in Self.result.graph.sources {
            let dropped = (Self.result.dropped[summary.file] ?? []).count
            #expect(summary.contentLines - summary.coveredLines - dropped <= 0, "\(summary.file): lines neither used nor dropped")
        }
    }
}
