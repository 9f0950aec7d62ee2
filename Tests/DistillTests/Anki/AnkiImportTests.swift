import Foundation
import Testing

@testable import Distill

/// Imports the seed deck with the real Anki backend (`Tests/Tools/anki_import.py`).
/// `Scripts/test.sh` installs the backend and sets `DISTILL_PYTHON`; in CI its absence
/// is a failure, elsewhere the test says it is skipped.
@Suite struct AnkiImportTests {
    static var python: String? {
        if let path = ProcessInfo.processInfo.environment["DISTILL_PYTHON"] { return path }
        let venv = Repository.root.appendingPathComponent(".venv/bin/python").path
        return FileManager.default.isExecutableFile(atPath: venv) ? venv : nil
    }

    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    struct Report: Decodable {
        struct Import: Decodable {
            var new: Int
            var updated: Int
            var duplicate: Int
            var conflicting: Int
            var missing_notetype: Int
            var missing_deck: Int
            var empty_first_field: Int
            var found_notes: Int
            var rows: Int
            var unnamed_decks: [String]

            /// Every row reached Anki and none was refused.
            var isClean: Bool {
                found_notes == rows && conflicting == 0 && missing_notetype == 0 && missing_deck == 0
                    && empty_first_field == 0 && unnamed_decks.isEmpty
            }
        }

        struct Note: Decodable {
            var guid: String
            var notetype: String
            var fields: [String]
            var decks: [String]
            var cards: Int
        }

        var imports: [Import]
        var note_count: Int
        var card_count: Int
        var empty_cards: Int
        var shared_guids: Int
        var decks: [String]
        var notes: [Note]
    }

    /// Runs the importer on `files` in order; nil (with a recorded issue in CI) when the
    /// Anki backend is not installed.
    static func importIntoAnki(_ files: [URL]) throws -> Report? {
        guard let python = python else {
            if isCI { Issue.record("the Anki backend is not installed: run Scripts/test.sh") }
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [Repository.root.appendingPathComponent("Tests/Tools/anki_import.py").path] + files.map(\.path)
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "anki_import.py failed: \(errorText)")
        return try JSONDecoder().decode(Report.self, from: data)
    }

    private var seedDeck: URL {
        get throws {
            let file = try #require(SeedBuild.result.files.first { $0.path.hasPrefix("anki/") })
            return SeedBuild.output.appendingPathComponent(file.path)
        }
    }

    @Test func seedDeckImportsCleanlyAndReimportAddsNothing() throws {
        let deck = try seedDeck
        guard let report = try Self.importIntoAnki([deck, deck]) else { return }
        let rows = try String(contentsOf: deck, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }.count
        let first = report.imports[0]
        #expect(first.new == rows, "every row becomes a note")
        #expect(first.new > 100)
        #expect(first.isClean, "\(first)")
        #expect(report.imports[1].new == 0, "importing the same file again adds no note")
        #expect(report.imports[1].isClean)
        #expect(report.note_count == rows)
        #expect(report.card_count == rows, "one card per Basic or single-cloze note")
        #expect(report.empty_cards == 0)
        #expect(report.shared_guids == 0)
        #expect(Set(report.notes.map(\.notetype)).isSubset(of: ["Basic", "Cloze"]))
        #expect(report.notes.allSatisfy { $0.cards >= 1 && $0.fields.first.map { !$0.isEmpty } == true })
        #expect(report.decks.allSatisfy { $0 == "Default" || $0.hasPrefix(SeedBuild.resultDeckName) })
    }

    @Test func clozeNotesHideANumber() throws {
        let deck = try seedDeck
        guard let report = try Self.importIntoAnki([deck]) else { return }
        let cloze = report.notes.filter { $0.notetype == "Cloze" }
        #expect(!cloze.isEmpty)
        #expect(cloze.allSatisfy { $0.fields[0].contains("{{c1::") })
    }
}

extension SeedBuild {
    static var resultDeckName: String {
        ConfigLoader.load(from: Repository.input).0.deckName
    }
}
