import DistillMarkdown
import Foundation
import Testing

@testable import Distill

/// The binary layout of cache entries: what is written reads back equal, and a payload that
/// is cut short, padded or made up decodes to nothing instead of to a wrong note.
@Suite struct CacheCodingTests {
    /// What the per-file stages make of each seed note, as the cache stores it.
    static let seedNotes: [CachedNote] = {
        let loader = SourceLoader(folder: Repository.input)
        let normalizer = Normalizer(inputFolder: Repository.input)
        return loader.discover().paths.map { path in
            let loaded = loader.load(path)
            var cached = CachedNote(path: path, loadDiagnostics: loaded.diagnostics)
            if let file = loaded.file {
                let normalized = normalizer.normalize(file)
                let extracted = FactExtractor().extract(ParsedNote.parse(normalized))
                cached.note = CachedNote.Note(file: file, note: normalized, extracted: extracted)
            }
            return cached
        }
    }()

    /// A note with every kind of value the layout knows, including the rare ones.
    static let everyKind: CachedNote = {
        let file = SourcePath("odd/ünïcode 📚.md")
        let here = SourceLocation(file: file, line: 3, column: 7)
        let range = SourceRange(start: .init(line: 1, column: 1), end: .init(line: 2, column: -4))
        let inline = [
            MarkdownNode(kind: .text, literal: "plain ✓", range: range),
            MarkdownNode(kind: .emphasis, children: [MarkdownNode(kind: .strong, children: [
                MarkdownNode(kind: .strikethrough, children: [MarkdownNode(kind: .code, literal: "x", range: range)], range: range),
            ], range: range)], range: range),
            MarkdownNode(kind: .link(destination: "https://example.com", title: "t"), range: range),
            MarkdownNode(kind: .image(source: "a.png", title: ""), range: range),
            MarkdownNode(kind: .softBreak, range: range), MarkdownNode(kind: .lineBreak, range: range),
            MarkdownNode(kind: .htmlInline, literal: "<b>", range: range),
            MarkdownNode(kind: .footnoteReference, literal: "^1", range: range),
            MarkdownNode(kind: .other("mystery"), range: range),
        ]
        let blockKinds: [MarkdownNode.Kind] = [
            .document, .blockQuote, .list(ordered: true, start: -2, tight: false), .item(task: nil), .item(task: true),
            .codeBlock(info: "swift"), .htmlBlock, .paragraph, .heading(level: 6), .thematicBreak,
            .table(alignments: [.none, .left, .center, .right]), .tableRow(isHeader: true), .tableCell, .footnoteDefinition,
        ]
        let blocks = blockKinds.map { MarkdownNode(kind: $0, range: range) }
        let reasons: [Diagnostic.Reason] = [
            .inputFolderMissing(path: "p"), .inputFolderEmpty(path: "p"), .unreadableFile(detail: "d"), .binaryFile(kind: "k"),
            .emptyFile, .legacyEncoding(name: "n"), .invalidBytes(count: 2), .linkedFileOutsideInput(target: "t"),
            .configInvalid(detail: "d"), .templateMissing(name: "n"), .templateSyntax(detail: "d"), .factBeforeHeading,
            .imageDropped(source: "s"), .rawHTMLDropped, .lineDropped(rule: "r"), .conflict(detail: "d"),
            .suspectedDuplicate(detail: "d"), .writeFailed(detail: "d"), .unclosedCodeFence, .nestingTooDeep(limit: 12),
            .printing(detail: "d"), .hugeLine(bytes: 1 << 40), .onlyNoise(lines: 0), .outputKept(path: "p", detail: "d"),
            .templateUnknownField(name: "n"),
        ]
        let diagnostics = reasons.enumerated().map { index, reason in
            Diagnostic([.note, .warning, .error][index % 3], reason, at: index.isMultiple(of: 2) ? here : nil)
        }
        let facts = [
            Fact(content: inline, text: "plain", topicPath: ["A", "B"], location: here),
            Fact(kind: .definition(term: "T", definition: "is a d"), content: blocks, text: "", topicPath: [], location: here, depth: 3, parentIndex: 0),
            Fact(kind: .question(question: "Q?", answer: "A"), content: [], text: "Q? A", topicPath: ["A"], location: here, depth: 1, parentIndex: Int.max),
        ]
        let table = Block(
            kind: .table(header: [inline, []], rows: [[[], inline], []], alignments: [.center, .none]), topicPath: ["A"], location: here)
        let code = Block(kind: .code(language: "", text: "let x = 1\n"), topicPath: [], location: here)
        var extracted = ExtractedNote(
            source: file, headings: [HeadingOccurrence(path: ["A", "B"], location: here)], facts: facts,
            entries: [.fact(0), .block(table), .fact(Int.min), .block(code)], diagnostics: diagnostics, coveredLines: [1, 5, 1 << 33])
        extracted.title = "Title"
        var summary = SourceSummary(
            file: file, lines: 9, format: .orgMode, encoding: .windows1252, dropped: [.ocrGarbage: 2, .siteChrome: 1],
            contentLines: 7, coveredLines: 5)
        summary.title = ""
        let note = CachedNote.Note(
            summary: summary, format: .orgMode, markdown: "# A\n\n- plain\n", dropped: [DroppedLine(line: 4, rule: .orgSettings)],
            normalizeDiagnostics: diagnostics, extracted: extracted)
        return CachedNote(path: file, loadDiagnostics: diagnostics, note: note)
    }()

    @Test func seedNotesReadBackEqual() throws {
        #expect(Self.seedNotes.count >= 5)
        for note in Self.seedNotes {
            #expect(CachedNote(binary: note.binary) == note)
        }
    }

    @Test func everyKindOfValueReadsBackEqual() {
        #expect(CachedNote(binary: Self.everyKind.binary) == Self.everyKind)
        let unreadable = CachedNote(path: SourcePath("image.png"), loadDiagnostics: [Diagnostic(.warning, .binaryFile(kind: "a PNG image"))])
        #expect(CachedNote(binary: unreadable.binary) == unreadable)
    }

    @Test func truncatedPayloadsDecodeToNothing() throws {
        let bytes = Self.everyKind.binary
        for length in 0..<bytes.count {
            #expect(CachedNote(binary: Array(bytes.prefix(length))) == nil, "cut to \(length) bytes")
        }
        let large = try #require(Self.seedNotes.max { $0.binary.count < $1.binary.count }).binary
        for length in stride(from: 0, to: large.count, by: max(1, large.count / 500)) {
            #expect(CachedNote(binary: Array(large.prefix(length))) == nil, "cut to \(length) bytes")
        }
    }

    @Test func paddedOrMadeUpPayloadsDecodeToNothing() {
        #expect(CachedNote(binary: Self.everyKind.binary + [0]) == nil)
        #expect(CachedNote(binary: []) == nil)
        #expect(CachedNote(binary: Array("{\"path\":\"notes.md\"}".utf8)) == nil)
        // Counts far beyond the bytes present, and a varint that never ends.
        #expect(CachedNote(binary: [0x01, 0x41, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F]) == nil)
        #expect(CachedNote(binary: [UInt8](repeating: 0xFF, count: 64)) == nil)
        // An unknown enum tag where a severity's raw value should be.
        var reader = BinaryReader([0x07] + Array("serious".utf8))
        #expect((try? reader.read(raw: Diagnostic.Severity.self)) == nil)
    }

    /// Paths and heading titles read back as written whether or not the value before spelled
    /// them the same way; one spelled again is the array read before, not a copy.
    @Test func repeatedPathsAndTitlesReadBackAsWritten() throws {
        let steps: [(SourcePath, [String])] = [
            (SourcePath("a.md"), ["A", "B"]), (SourcePath("a.md"), ["A", "B"]), (SourcePath("b.md"), ["A", "Bc"]),
            (SourcePath("a.md"), ["A", "B"]), (SourcePath(""), []), (SourcePath(""), []), (SourcePath("a.mdx"), ["AB"]),
            (SourcePath("a.md"), ["A", "B", ""]), (SourcePath("a.md"), ["A", "B", ""]),
        ]
        var writer = BinaryWriter()
        for (path, titles) in steps {
            writer.write(path)
            writer.write(titles)
        }
        var reader = BinaryReader(writer.bytes)
        var previous: [String]?
        for (path, titles) in steps {
            #expect(try reader.read(SourcePath.self) == path)
            let read = try reader.readTitles()
            #expect(read == titles)
            if let previous, previous == titles, !titles.isEmpty {
                #expect(read.withUnsafeBufferPointer(\.baseAddress) == previous.withUnsafeBufferPointer(\.baseAddress))
            }
            previous = read
        }
        #expect(reader.isAtEnd)
    }

    @Test func integersKeepTheirValueAtTheExtremes() throws {
        let values = [0, 1, -1, 63, -64, 64, 127, 128, 300, -300, Int(Int32.max), Int.max, Int.min]
        var writer = BinaryWriter()
        for value in values { writer.write(value) }
        var reader = BinaryReader(writer.bytes)
        for value in values { #expect(try reader.read(Int.self) == value) }
        #expect(reader.isAtEnd)
        // Eleven continuation bytes overflow 64 bits.
        var overlong = BinaryReader([UInt8](repeating: 0x80, count: 10) + [0x01])
        #expect((try? overlong.read(Int.self)) == nil)
    }
}
