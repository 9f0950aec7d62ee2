import Foundation
import Testing

@testable import Distill

/// One kind of bad input, put beside a good note: the build must name the problem at its
/// place in plain words and still build the good note.
struct BadInput: Sendable, CustomTestStringConvertible {
    /// What the build must say: where, how severe, and a fragment of the message.
    struct Expected: Sendable {
        var file: String
        var line: Int?
        var severity: Diagnostic.Severity
        var says: String
    }

    var testDescription: String
    var setUp: @Sendable (Corpus) -> Void
    var expected: Expected?

    static let all: [BadInput] = [
        BadInput(testDescription: "empty file", setUp: { $0.add("empty.txt", "") },
                 expected: Expected(file: "empty.txt", line: 1, severity: .warning, says: "file is empty")),
        BadInput(testDescription: "blank file", setUp: { $0.add("blank.md", " \n\t\n\n") },
                 expected: Expected(file: "blank.md", line: 1, severity: .warning, says: "file is empty")),
        BadInput(testDescription: "NUL bytes", setUp: { $0.add("nul.txt", Data("text\u{0}\u{0}more".utf8)) },
                 expected: Expected(file: "nul.txt", line: 1, severity: .warning, says: "binary file")),
        BadInput(testDescription: "PNG image", setUp: { $0.add("photo.png", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])) },
                 expected: Expected(file: "photo.png", line: 1, severity: .warning, says: "PNG image")),
        BadInput(testDescription: "PDF without NUL bytes", setUp: { $0.add("slides.pdf", "%PDF-1.4\n%âãÏÓ\n1 0 obj << /Type /Catalog >>\nendobj\n") },
                 expected: Expected(file: "slides.pdf", line: 1, severity: .warning, says: "PDF document")),
        BadInput(testDescription: "invalid UTF-8", setUp: { corpus in
            let accents = String(repeating: "é", count: 40)
            corpus.add("bad-bytes.txt", Data("# Cells\n\n- Mitochondria: the powerhouse of the cell \(accents)\n- Ribosomes make proteins ".utf8) + Data([0xFF, 0xC3]) + Data("\n".utf8))
        }, expected: Expected(file: "bad-bytes.txt", line: 4, severity: .warning, says: "replaced with U+FFFD")),
        BadInput(testDescription: "one stray byte in ASCII", setUp: { corpus in
            corpus.add("stray.txt", Data("# Cells\n\n- Ribosomes make proteins\n- Lysosomes digest waste ".utf8) + Data([0x9D]) + Data("\n".utf8))
        }, expected: Expected(file: "stray.txt", line: 4, severity: .warning, says: "not valid UTF-8")),
        BadInput(testDescription: "a 2 MB line", setUp: { corpus in
            corpus.add("huge.txt", "# Huge\n\n" + String(repeating: "enzyme kinetics ", count: 130_000) + "\n")
        }, expected: Expected(file: "huge.txt", line: 3, severity: .warning, says: "MB long with no line break")),
        BadInput(testDescription: "a list nested 3000 deep", setUp: { corpus in
            let lines = (0..<3000).map { String(repeating: "  ", count: $0) + "- level \($0)" }
            corpus.add("deep.md", "# Deep\n\n" + lines.joined(separator: "\n") + "\n")
        }, expected: Expected(file: "deep.md", line: nil, severity: .warning, says: "nested deeper than")),
        BadInput(testDescription: "a 20,000-item list", setUp: { corpus in
            corpus.add("long-list.txt", BadInput.longList(20_000))
        }, expected: nil),
        BadInput(testDescription: "noise only", setUp: { corpus in
            corpus.add("noise.txt", "Skip to main content\nHome | Plants | Tools | Blog | Contact\nWe use cookies to improve your experience. By continuing you accept our Cookie Policy.\nAccept all\nReject all\n")
        }, expected: Expected(file: "noise.txt", line: 1, severity: .warning, says: "dropped as noise")),
        BadInput(testDescription: "odd file names", setUp: { corpus in
            corpus.add("with spaces.txt", "# Spaces\n\n- Osmosis: water moving across a membrane\n")
            corpus.add("ünïcødé 日本.md", "# Unicode\n\n- Diffusion spreads molecules evenly\n")
            corpus.add("-rf --output=x.txt", "# Dashes\n\n- Mitosis: one cell divides into two\n")
        }, expected: nil),
        BadInput(testDescription: "broken config value", setUp: { corpus in
            corpus.add("distill.yml", "title: Biology\npages: many\n")
        }, expected: Expected(file: "distill.yml", line: 2, severity: .error, says: "'pages' must be a whole number")),
        BadInput(testDescription: "config that is not YAML", setUp: { corpus in
            corpus.add("distill.yml", "title: [unclosed\n")
        }, expected: Expected(file: "distill.yml", line: 2, severity: .error, says: "not valid YAML")),
        BadInput(testDescription: "a named pipe", setUp: { corpus in
            mkfifo(corpus.input.appendingPathComponent("pipe.txt").path, 0o644)
        }, expected: Expected(file: "pipe.txt", line: 1, severity: .warning, says: "not a regular file")),
        BadInput(testDescription: "a broken link", setUp: { corpus in
            try? FileManager.default.createSymbolicLink(atPath: corpus.input.appendingPathComponent("gone.txt").path, withDestinationPath: "nowhere.txt")
        }, expected: Expected(file: "gone.txt", line: 1, severity: .warning, says: "does not exist")),
        BadInput(testDescription: "unknown template field", setUp: { corpus in
            let url = corpus.templates.appendingPathComponent("site/fact.mustache")
            let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            try? ("{{factTitel}}\n" + text).write(to: url, atomically: true, encoding: .utf8)
        }, expected: Expected(file: "fact.mustache", line: 1, severity: .warning, says: "unknown field 'factTitel'")),
    ]

    var needsTemplates: Bool { testDescription.contains("template") }

    /// A list of `count` distinct items under one heading, words made of syllables so no
    /// two items differ only by a number (which would make them conflicts).
    static func longList(_ count: Int) -> String {
        let syllables = ["ka", "lo", "mi", "nu", "pe", "ri", "so", "tu", "va", "ze", "bo", "da", "fi", "gu", "ha", "je", "ko", "lu", "ma", "ne"]
        func word(_ number: Int) -> String {
            var number = number
            var word = ""
            for _ in 0..<4 {
                word += syllables[number % 20]
                number /= 20
            }
            return word
        }
        let items = (0..<count).map { "- \(word($0)) binds \(word($0 * 7 + 3)) near the \(word($0 * 13 + 5))" }
        return "# Samples\n\n" + items.joined(separator: "\n") + "\n"
    }
}

@Suite struct BadInputTests {
    @Test(arguments: BadInput.all)
    func badInputIsReportedAndTheRestBuilds(_ bad: BadInput) throws {
        let corpus = Corpus(copyTemplates: bad.needsTemplates)
        defer { corpus.remove() }
        bad.setUp(corpus)
        let result = corpus.build()
        if let expected = bad.expected {
            let match = result.diagnostics.first { diagnostic in
                diagnostic.severity == expected.severity && diagnostic.reason.message.contains(expected.says)
                    && (diagnostic.location?.file.rawValue.hasSuffix(expected.file) ?? false)
                    && (expected.line == nil || diagnostic.location?.line == expected.line)
            }
            #expect(match != nil, "expected \(expected.severity) at \(expected.file):\(expected.line ?? 0) saying '\(expected.says)'; got:\n\(result.diagnostics.map(\.description).joined(separator: "\n"))")
            #expect(result.succeeded == (expected.severity != .error))
        } else {
            #expect(result.succeeded, "\(result.diagnostics.filter { $0.severity == .error })")
        }
        for words in Corpus.goodWords {
            #expect(result.hasFact(containing: words), "the good note's '\(words)' was not built")
        }
        #expect(FileManager.default.fileExists(atPath: corpus.output.appendingPathComponent("site/index.html").path))
        #expect(NoEscape.violations(in: result.files).isEmpty)
    }

    @Test func oddFileNamesAreBuiltUnderTheirNames() {
        let corpus = Corpus()
        defer { corpus.remove() }
        BadInput.all.first { $0.testDescription == "odd file names" }!.setUp(corpus)
        let result = corpus.build()
        for name in ["with spaces.txt", "ünïcødé 日本.md", "-rf --output=x.txt"] {
            #expect(FileManager.default.fileExists(atPath: corpus.output.appendingPathComponent("normalized/\(name).md").path), "\(name)")
        }
        #expect(result.hasFact(containing: "water moving across"))
        #expect(result.hasFact(containing: "Diffusion spreads"))
        #expect(result.hasFact(containing: "one cell divides"))
    }

    /// The per-file stages on a 100,000-item list: every item becomes a fact at its line.
    /// (The whole pipeline runs on a 20,000-item list above, to keep the suite's time down.)
    @Test func hundredThousandItemListKeepsEveryItem() throws {
        let file = SourceFile(path: SourcePath("long.txt"), text: BadInput.longList(100_000))
        let note = Normalizer().normalize(file)
        let extracted = FactExtractor().extract(ParsedNote.parse(note))
        #expect(extracted.facts.count == 100_000)
        #expect(extracted.facts.first?.location.line == 3)
        #expect(extracted.facts.last?.location.line == 100_002)
        #expect(note.diagnostics.isEmpty)
    }

    /// `chmod 000` stops reading only for users other than root; as root the file is read,
    /// so there is nothing to check.
    @Test func unreadableFileIsAnErrorAndTheRestBuilds() throws {
        let corpus = Corpus()
        defer { corpus.remove() }
        corpus.add("locked.txt", "# Locked\n\n- Secret: hidden text\n")
        let path = corpus.input.appendingPathComponent("locked.txt").path
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
        let result = corpus.build()
        for words in Corpus.goodWords { #expect(result.hasFact(containing: words)) }
        guard getuid() != 0 else { return }
        let diagnostic = result.diagnostics.first { $0.location?.file.rawValue == "locked.txt" }
        #expect(diagnostic?.severity == .error)
        #expect(diagnostic?.description == "locked.txt:1: error: cannot read file: permission denied (check the file's permissions)")
        #expect(!result.succeeded)
        #expect(!result.hasFact(containing: "hidden text"))
    }

    @Test func missingInputFolderIsAClearErrorAndKeepsThePreviousOutput() throws {
        let corpus = Corpus()
        defer { corpus.remove() }
        _ = corpus.build()
        let before = corpus.snapshot()
        #expect(!before.isEmpty)
        let missing = corpus.root.appendingPathComponent("Nowhere")
        let result = Pipeline(options: corpus.options(input: missing)).run()
        #expect(result.diagnostics.map(\.description).contains("error: input folder '\(missing.path)' does not exist"))
        #expect(!result.succeeded)
        #expect(corpus.snapshot() == before)
    }

    @Test(arguments: ["empty", "only skipped files"])
    func inputFolderWithNothingToReadIsAnError(_ kind: String) throws {
        let corpus = Corpus(good: false)
        defer { corpus.remove() }
        if kind != "empty" {
            corpus.add("photo.png", Data([0x89, 0x50, 0x4E, 0x47, 0, 0]))
            corpus.add(".hidden.txt", "hidden")
        }
        let result = corpus.build()
        #expect(result.diagnostics.contains { $0.severity == .error && $0.reason.message.contains("holds no note files that could be read") })
        #expect(!FileManager.default.fileExists(atPath: corpus.output.path))
    }

    @Test func templateSyntaxErrorNamesTheFileAndKeepsThePreviousOutput() throws {
        let corpus = Corpus(copyTemplates: true)
        defer { corpus.remove() }
        _ = corpus.build()
        let before = corpus.snapshot()
        let url = corpus.templates.appendingPathComponent("cheatsheet/fact.mustache")
        try ("ok\n{{#facts}}\n{{/section}}\n").write(to: url, atomically: true, encoding: .utf8)
        corpus.add("more.txt", "# More\n\n- Xylem carries water\n")
        let result = corpus.build()
        let error = try #require(result.diagnostics.first { $0.severity == .error })
        #expect(error.location?.file.rawValue == url.path)
        #expect(error.location?.line == 3)
        #expect(error.reason.message.contains("template syntax error"))
        #expect(result.diagnostics.contains { $0.severity == .note && $0.reason.message.contains("keeps the previous build") })
        #expect(corpus.snapshot() == before)
    }

    @Test func shippedTemplatesUseOnlyKnownFields() {
        for format in ["site", "cheatsheet", "anki"] {
            guard case let .success(set) = TemplateSet.load(format: format, from: Repository.templates) else {
                Issue.record("\(format) templates do not load")
                continue
            }
            #expect(set.warnings.isEmpty, "\(set.warnings.map(\.description))")
        }
    }

    @Test func unknownFieldScanSkipsWhatIsNotAVariable() {
        let text = "{{! comment {{nope}} }}\n{{> partial}}{{#facts}}{{title}}{{/facts}}\n  {{{missing}}} {{&gone.title}}\n{{$block}}{{/block}}"
        let names = TemplateVocabulary.unknownNames(in: text)
        #expect(names == [
            TemplateVocabulary.Use(name: "missing", line: 3, column: 3),
            TemplateVocabulary.Use(name: "gone.title", line: 3, column: 17),
        ])
    }
}
