import Foundation
import Testing

@testable import Distill

/// The build cache in `Output/.cache`: a cached build writes exactly what a clean one does,
/// only changed files are extracted again, and no damaged entry is ever trusted.
@Suite struct IncrementalBuildTests {
    /// A private copy of the seed notes and templates, and an output folder beside them.
    struct Workspace {
        let root = Repository.temporaryFolder("distill-incremental")
        var input: URL { root.appendingPathComponent("Input") }
        var templates: URL { root.appendingPathComponent("Templates") }
        var output: URL { root.appendingPathComponent("Output") }
        var cache: URL { output.appendingPathComponent(".cache/extract") }

        init() throws {
            try FileManager.default.copyItem(at: Repository.input, to: input)
            try FileManager.default.copyItem(at: Repository.templates, to: templates)
        }

        func build(into output: URL? = nil, clean: Bool = false) -> BuildResult {
            var options = BuildOptions(input: input, output: output ?? self.output, templates: templates)
            options.clean = clean
            return Pipeline(options: options).run()
        }

        /// A clean build into a fresh folder, for comparison. `guids` is a copy of the Anki
        /// GUID map an earlier build left, which a clean build in place would read too.
        func referenceBuild(guids: URL? = nil) -> (BuildResult, URL) {
            let folder = root.appendingPathComponent("Reference-\(UUID().uuidString)")
            if let guids {
                try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try? FileManager.default.copyItem(at: guids, to: folder.appendingPathComponent(".distill"))
            }
            return (build(into: folder, clean: true), folder)
        }

        /// A copy of the output's `.distill` folder (the Anki GUID map) as it is now.
        func keepGUIDs() throws -> URL {
            let copy = root.appendingPathComponent("GUIDs-\(UUID().uuidString)")
            try FileManager.default.copyItem(at: output.appendingPathComponent(".distill"), to: copy)
            return copy
        }

        var notePaths: [SourcePath] { SourceLoader(folder: input).discover().paths }

        func append(_ text: String, to path: SourcePath) throws {
            let url = input.appendingPathComponent(path.rawValue)
            var data = try Data(contentsOf: url)
            data.append(Data(text.utf8))
            try data.write(to: url)
        }

        var entries: [URL] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: cache.path)) ?? []
            return names.sorted().map { cache.appendingPathComponent($0) }
        }
    }

    /// Every file under `folder` outside dot-folders, by relative path.
    static func tree(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        for name in FileManager.default.enumerator(atPath: folder.path)?.compactMap({ $0 as? String }) ?? [] {
            if name.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            let url = folder.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[name] = FileManager.default.contents(atPath: url.path)
            }
        }
        return files
    }

    /// The output of `folder` equals a clean build's, file for file and byte for byte.
    static func expectSameAsClean(_ result: BuildResult, _ folder: URL, _ workspace: Workspace, guids: URL? = nil) {
        let (reference, referenceFolder) = workspace.referenceBuild(guids: guids)
        #expect(reference.cacheHits == 0)
        #expect(result.files == reference.files)
        #expect(result.diagnostics == reference.diagnostics)
        #expect(result.dropped == reference.dropped)
        #expect(result.graph == reference.graph)
        let got = tree(folder)
        let want = tree(referenceFolder)
        #expect(got.count > 10)
        #expect(Set(got.keys) == Set(want.keys))
        for (path, data) in want where got[path] != data {
            Issue.record("\(path) differs from a clean build")
        }
    }

    @Test func cachedRebuildIsByteIdenticalToCleanBuild() throws {
        let workspace = try Workspace()
        let count = workspace.notePaths.count
        let first = workspace.build()
        #expect(first.succeeded)
        #expect(first.cacheHits == 0 && first.cacheMisses == count)
        #expect(workspace.entries.count == count)

        let second = workspace.build()
        #expect(second.cacheHits == count && second.cacheMisses == 0)
        Self.expectSameAsClean(second, workspace.output, workspace)
    }

    @Test func editingOneFileExtractsOnlyThatFile() throws {
        let workspace = try Workspace()
        let paths = workspace.notePaths
        _ = workspace.build()
        // Cards keep their GUIDs across edits, so the clean build compared with starts from the same map.
        let guids = try workspace.keepGUIDs()
        let edited = paths[paths.count / 2]
        try workspace.append("\n\n# Zebra Crossings\n\n- A zebra crossing has 7 white stripes in this test.\n", to: edited)

        let rebuilt = workspace.build()
        #expect(rebuilt.extractedFiles == [edited])
        #expect(rebuilt.cacheHits == paths.count - 1)
        #expect(rebuilt.graph.facts.contains { $0.text.contains("7 white stripes") })
        // The old entry of the edited file is pruned: one entry per input file.
        #expect(workspace.entries.count == paths.count)
        Self.expectSameAsClean(rebuilt, workspace.output, workspace, guids: guids)
    }

    @Test func damagedEntriesAreIgnoredAndRewritten() throws {
        let workspace = try Workspace()
        let count = workspace.notePaths.count
        _ = workspace.build()
        let entries = workspace.entries
        try #require(entries.count >= 5)
        let originals = try entries.map { try Data(contentsOf: $0) }

        // Garbage.
        try Data("not a cache entry at all".utf8).write(to: entries[0])
        // Truncated in the middle of the payload.
        try originals[1].prefix(originals[1].count / 2).write(to: entries[1])
        // Another format version, otherwise intact.
        var otherVersion = originals[2]
        let current = Data("distill-extract-cache \(ExtractionCache.formatVersion)\n".utf8)
        let range = try #require(otherVersion.range(of: current))
        otherVersion.replaceSubrange(range, with: Data("distill-extract-cache 999\n".utf8))
        try otherVersion.write(to: entries[2])
        // One payload byte flipped: the checksum no longer matches.
        var flipped = originals[3]
        flipped[flipped.count - 10] ^= 0x20
        try flipped.write(to: entries[3])
        // A valid entry of another file, filed under this file's key.
        try originals[0].write(to: entries[4])

        let rebuilt = workspace.build()
        #expect(rebuilt.cacheMisses == 5)
        #expect(rebuilt.cacheHits == count - 5)
        Self.expectSameAsClean(rebuilt, workspace.output, workspace)

        // The damaged entries were replaced by good ones.
        let again = workspace.build()
        #expect(again.cacheHits == count && again.cacheMisses == 0)
    }

    /// An entry is written under a name of its own and moved into place: no such file is
    /// left behind, and one that a killed build left is removed by the next build.
    @Test func entriesLeaveNoTemporaryFiles() throws {
        let workspace = try Workspace()
        _ = workspace.build()
        #expect(workspace.entries.count == workspace.notePaths.count)
        #expect(workspace.entries.allSatisfy { $0.pathExtension == "entry" })
        let stray = workspace.cache.appendingPathComponent(String(repeating: "a", count: 64) + ".123-456.partial")
        try Data("half an entry".utf8).write(to: stray)

        let rebuilt = workspace.build()
        #expect(rebuilt.cacheHits == workspace.notePaths.count)
        #expect(!FileManager.default.fileExists(atPath: stray.path))
        #expect(workspace.entries.count == workspace.notePaths.count)
    }

    @Test func emptyAndHeaderOnlyEntriesAreMisses() {
        #expect(ExtractionCache.payload(of: Data(), key: "k") == nil)
        let version = ExtractionCache.formatVersion
        #expect(ExtractionCache.payload(of: Data("distill-extract-cache \(version)\nk\n".utf8), key: "k") == nil)
        let good = Data("distill-extract-cache \(version)\nk\n\(PayloadChecksum.hex(Data()))\n".utf8)
        #expect(ExtractionCache.payload(of: good, key: "k") == Data())
        #expect(ExtractionCache.payload(of: good, key: "other") == nil)
    }

    @Test func templateChangeRendersAgainWithoutExtracting() throws {
        let workspace = try Workspace()
        let count = workspace.notePaths.count
        _ = workspace.build()
        let page = workspace.templates.appendingPathComponent("site/index.mustache")
        var template = try String(contentsOf: page, encoding: .utf8)
        template += "\n<!-- template edited for the cache test -->\n"
        try template.write(to: page, atomically: true, encoding: .utf8)

        let rebuilt = workspace.build()
        #expect(rebuilt.cacheHits == count && rebuilt.cacheMisses == 0)
        let index = try String(contentsOf: workspace.output.appendingPathComponent("site/index.html"), encoding: .utf8)
        #expect(index.contains("template edited for the cache test"))
        Self.expectSameAsClean(rebuilt, workspace.output, workspace)
    }

    @Test func configChangeAndCleanExtractEverything() throws {
        let workspace = try Workspace()
        let count = workspace.notePaths.count
        _ = workspace.build()
        let clean = workspace.build(clean: true)
        #expect(clean.cacheHits == 0 && clean.cacheMisses == count)
        #expect(workspace.entries.count == count)

        let config = workspace.input.appendingPathComponent(ConfigLoader.fileName)
        var text = (try? String(contentsOf: config, encoding: .utf8)) ?? ""
        text += "\n# edited\n"
        try text.write(to: config, atomically: true, encoding: .utf8)
        let rebuilt = workspace.build()
        #expect(rebuilt.cacheHits == 0 && rebuilt.cacheMisses == count)
    }

    /// A note's images are kept only when their files exist, so adding the image file must
    /// invalidate that note's entry even though the note's own bytes did not change.
    @Test func addingAnImageFileExtractsTheNoteThatShowsIt() throws {
        let workspace = try Workspace()
        let note = SourcePath("zz-images.md")
        try Data("# Diagrams\n\n![The VPC diagram](vpc.png)\n\n- A VPC spans every AZ of a region.\n".utf8)
            .write(to: workspace.input.appendingPathComponent(note.rawValue))
        let first = workspace.build()
        #expect(first.diagnostics.contains { $0.reason == .imageDropped(source: "vpc.png") })

        try Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0]).write(to: workspace.input.appendingPathComponent("vpc.png"))
        let rebuilt = workspace.build()
        #expect(rebuilt.extractedFiles.contains(note))
        #expect(!rebuilt.diagnostics.contains { $0.reason == .imageDropped(source: "vpc.png") })
        // Notes without images keep their entries.
        #expect(rebuilt.cacheHits >= workspace.notePaths.count - 2)
        Self.expectSameAsClean(rebuilt, workspace.output, workspace)
    }

    @Test func imageDetectionSeesEveryImageSyntax() {
        #expect(ExtractionCache.mayShowImages(Data("see ![a](b.png)".utf8)))
        #expect(ExtractionCache.mayShowImages(Data("<IMG src=x.png>".utf8)))
        #expect(ExtractionCache.mayShowImages(Data("!\u{7}[a](b.png)".utf8)))
        #expect(!ExtractionCache.mayShowImages(Data("Hello! [not] an image".utf8)))
        #expect(!ExtractionCache.mayShowImages(Data("- plain fact\n".utf8)))
    }

    /// The check reads eight bytes at a time; it must answer as a reading byte by byte does,
    /// wherever a mark or a control character falls.
    @Test func imageDetectionAgreesWithAByteByByteReading() {
        func byteByByte(_ bytes: [UInt8]) -> Bool {
            var (previous, beforePrevious): (UInt8, UInt8) = (0x0A, 0x0A)
            for byte in bytes {
                if (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F { continue }
                if previous == 0x21 && byte == 0x5B { return true }
                if beforePrevious | 0x20 == 0x69 && previous | 0x20 == 0x6D && byte | 0x20 == 0x67 { return true }
                (beforePrevious, previous) = (previous, byte)
            }
            return false
        }
        let marks = ["![", "img", "IMG", "iMg", "! [", "!\u{7}[", "i\u{1}mg", "im\u{7F}g", "i\nmg", "!\t[", "im", "!", "\r\n", "\u{7}"]
        for mark in marks {
            for before in 0..<20 {
                for after in [0, 1, 2, 9, 17] {
                    let text = String(repeating: "a", count: before) + mark + String(repeating: "b", count: after)
                    let bytes = Array(text.utf8)
                    #expect(ExtractionCache.mayShowImages(Data(bytes)) == byteByByte(bytes), "\(text.debugDescription)")
                }
            }
        }
    }

    /// A payload damaged anywhere, by one bit, has another checksum.
    @Test func payloadChecksumChangesWithAnyFlippedBit() {
        for count in [1, 7, 8, 9, 31, 32, 33, 40, 63, 64, 65, 71] {
            let payload = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            let original = PayloadChecksum.of(payload)
            for index in 0..<count {
                for bit in 0..<8 {
                    var damaged = payload
                    damaged[index] ^= 1 << bit
                    #expect(PayloadChecksum.of(damaged) != original, "byte \(index) bit \(bit) of \(count)")
                }
            }
            #expect(PayloadChecksum.of(payload + [0]) != original, "a zero byte added to \(count)")
        }
        let zeros = (0...64).map { PayloadChecksum.of([UInt8](repeating: 0, count: $0)) }
        #expect(Set(zeros).count == zeros.count)
        #expect(PayloadChecksum.hex(Data()).count == 16)
    }

    /// The cache survives the output folder's swap, next to the Anki GUID map.
    @Test func cacheAndGuidMapSurviveTheSwap() throws {
        let workspace = try Workspace()
        _ = workspace.build()
        let guids = workspace.output.appendingPathComponent(".distill/anki-guids.json")
        let hadGuids = FileManager.default.fileExists(atPath: guids.path)
        _ = workspace.build()
        #expect(!workspace.entries.isEmpty)
        #expect(FileManager.default.fileExists(atPath: guids.path) == hadGuids)
    }
}
