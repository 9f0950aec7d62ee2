import Foundation
import Testing

@testable import Distill

/// Builds small guides twice into one output folder, the second time from edited notes,
/// and imports both decks into one Anki collection as a student re-importing would.
@Suite struct AnkiRebuildTests {
    static let notes = """
        # Storage

        ## S3

        - Max object size is 5TB
        - Glacier: archival storage class for rarely accessed data
        - Q: Which service stores objects in buckets? A: Amazon S3
        - S3 Standard keeps data in at least 3 availability zones

        # Compute

        ## EC2

        - Spot instances: spare capacity sold at a discount
        - The default instance limit is 20 per region
        """

    static let editedNotes = notes
        .replacingOccurrences(of: "Max object size is 5TB", with: "The maximum object size is 5TB")
        .replacingOccurrences(of: "rarely accessed data", with: "rarely accessed data, retrieved in minutes to hours")

    /// A new source that repeats one fact and adds none.
    static let repeatingSource = """
        # Compute

        ## EC2

        - the default instance limit is 20 per region.
        """

    /// Writes `files` into a new input folder and builds it into `output`.
    static func build(_ files: [String: String], into output: URL, split: Bool = false, reversed: Bool = false) throws -> BuildResult {
        let input = Repository.temporaryFolder("distill-anki-input")
        try "title: Cloud\n".write(to: input.appendingPathComponent("distill.yml"), atomically: true, encoding: .utf8)
        for (name, text) in files {
            try text.write(to: input.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        var options = BuildOptions(input: input, output: output, templates: Repository.templates)
        options.splitDecks = split
        options.reversedCards = reversed
        let result = Pipeline(options: options).run()
        #expect(result.succeeded)
        return result
    }

    /// A copy of the built deck, so a later build into the same folder cannot replace it.
    static func keep(_ output: URL, _ name: String) throws -> URL {
        let copy = Repository.temporaryFolder("distill-anki-deck").appendingPathComponent(name)
        try FileManager.default.copyItem(at: output.appendingPathComponent("anki/cloud.csv"), to: copy)
        return copy
    }

    @Test func editedWordingUpdatesTheNoteInPlace() throws {
        let output = Repository.temporaryFolder("distill-anki-output")
        _ = try Self.build(["cloud.md": Self.notes], into: output)
        let first = try Self.keep(output, "first.csv")
        _ = try Self.build(["cloud.md": Self.editedNotes, "more.md": Self.repeatingSource], into: output)
        let second = try Self.keep(output, "second.csv")

        guard let before = try AnkiImportTests.importIntoAnki([first]),
              let after = try AnkiImportTests.importIntoAnki([first, second])
        else { return }
        #expect(before.imports[0].isClean && after.imports[1].isClean)
        #expect(before.note_count == 6, "two definitions, one question, three clozes")
        #expect(after.imports[1].new == 0, "the edited deck adds no note")
        #expect(after.note_count == before.note_count)
        #expect(after.shared_guids == 0)

        func note(_ report: AnkiImportTests.Report, containing text: String) -> AnkiImportTests.Report.Note? {
            report.notes.first { $0.fields.joined(separator: " ").contains(text) }
        }
        let size = try #require(note(before, containing: "Max object size"))
        let editedSize = try #require(note(after, containing: "maximum object size"))
        #expect(editedSize.guid == size.guid, "the edited statement kept its GUID")
        #expect(note(after, containing: "Max object size") == nil)
        let glacier = try #require(note(before, containing: "Glacier"))
        let editedGlacier = try #require(note(after, containing: "minutes to hours"))
        #expect(editedGlacier.guid == glacier.guid, "the edited definition kept its GUID")
        let limit = try #require(note(after, containing: "instance limit"))
        #expect(limit.fields[1].contains("Said by 2 sources"), "the repeating source is credited on the same note")
        #expect(after.imports[1].updated >= 3)
    }

    @Test func rebuildingTheSameNotesWritesTheSameDeck() throws {
        let output = Repository.temporaryFolder("distill-anki-output")
        let first = try Self.build(["cloud.md": Self.notes], into: output)
        let second = try Self.build(["cloud.md": Self.notes], into: output)
        let fresh = try Self.build(["cloud.md": Self.notes], into: Repository.temporaryFolder("distill-anki-output"))
        func contents(_ result: BuildResult) -> [String: Data] {
            Dictionary(uniqueKeysWithValues: result.files.filter { $0.path.hasPrefix("anki/") || $0.path.hasPrefix(".distill/") }.map { ($0.path, $0.contents) })
        }
        #expect(contents(first) == contents(second))
        #expect(contents(first) == contents(fresh))
        #expect(contents(first)[AnkiGUIDMap.path] != nil)
    }

    @Test func splitDecksHoldTheSameNotesOneFilePerRootTopic() throws {
        let output = Repository.temporaryFolder("distill-anki-output")
        let result = try Self.build(["cloud.md": Self.notes], into: output, split: true)
        let decks = result.files.map(\.path).filter { $0.hasPrefix("anki/") }.sorted()
        #expect(decks == ["anki/cloud/compute.csv", "anki/cloud/storage.csv"])
        guard let report = try AnkiImportTests.importIntoAnki(decks.map { output.appendingPathComponent($0) }) else { return }
        #expect(report.imports.allSatisfy { $0.isClean })
        #expect(report.note_count == 6)
        #expect(Set(report.decks).isSuperset(of: ["Cloud", "Cloud::Storage", "Cloud::Storage::S3", "Cloud::Compute::EC2"]))
    }

    @Test func reversedDefinitionsGiveTwoCards() throws {
        let output = Repository.temporaryFolder("distill-anki-output")
        _ = try Self.build(["cloud.md": Self.notes], into: output, reversed: true)
        guard let report = try AnkiImportTests.importIntoAnki([output.appendingPathComponent("anki/cloud.csv")]) else { return }
        #expect(report.imports[0].isClean)
        let reversed = report.notes.filter { $0.notetype == "Basic (and reversed card)" }
        #expect(reversed.count == 2)
        #expect(reversed.allSatisfy { $0.cards == 2 })
        #expect(report.empty_cards == 0)
    }
}
