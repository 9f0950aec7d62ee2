import Foundation
import Testing

@testable import Distill

/// Images stay only when their file is inside the input folder; the rest become their alt
/// text with a located diagnostic.
@Suite struct NormalizerImageTests {
    static func folderWithImage() throws -> URL {
        let folder = Repository.temporaryFolder("distill-images")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("pics"), withIntermediateDirectories: true)
        try Data([0x89, 0x50]).write(to: folder.appendingPathComponent("pics/cell.png"))
        return folder
    }

    @Test func unreachableImagesBecomeAltTextWithADiagnostic() throws {
        let folder = try Self.folderWithImage()
        let text = """
            # Cells

            ![A plant cell](pics/cell.png)

            ![Missing diagram](pics/gone.png) after it
            Remote <img src="https://example.org/x.png" alt="Mitosis stages"> here
            ![](../outside.png)
            """
        let note = Normalizer(inputFolder: folder).normalize(SourceFile(path: SourcePath("notes.md"), text: text))
        #expect(note.markdown.contains("![A plant cell](pics/cell.png)"))
        #expect(note.markdown.contains("Missing diagram after it"))
        #expect(note.markdown.contains("Remote Mitosis stages here"))
        #expect(!note.markdown.contains("gone.png") && !note.markdown.contains("example.org") && !note.markdown.contains("outside"))
        let dropped = note.diagnostics.filter {
            if case .imageDropped = $0.reason { return true }
            return false
        }
        #expect(dropped.map(\.location?.line) == [5, 6, 7])
        #expect(note.dropped.contains(DroppedLine(line: 7, rule: .emptyMarkup)))
    }

    @Test func withoutAnInputFolderEveryImageIsDropped() {
        let note = Normalizer().normalize(SourceFile(path: SourcePath("n.txt"), text: "See ![chart](chart.png) now\n"))
        #expect(note.markdown == "See chart now\n")
        #expect(note.diagnostics.count == 1)
    }

    @Test func imagesInCodeStay() {
        let note = Normalizer().normalize(SourceFile(path: SourcePath("n.md"), text: "```\n![x](y.png)\n```\n"))
        #expect(note.markdown.contains("![x](y.png)"))
        #expect(note.diagnostics.isEmpty)
    }

    /// A Windows-1252 file goes through the loader's decoding before normalizing.
    @Test func latin1FixtureKeepsItsAccents() throws {
        let name = "latin1-accents"
        let file = try NormalizerGoldenTests.input(name)
        #expect(file.encoding == .windows1252)
        let note = Normalizer().normalize(file)
        #expect(note.markdown.contains("# Géographie de la France"))
        #expect(note.markdown.contains("L’Île-de-France"))
        #expect(!note.markdown.contains("\u{FFFD}"))
    }
}
