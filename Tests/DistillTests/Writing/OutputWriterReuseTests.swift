import Foundation
import Testing

@testable import Distill

/// A rebuild links the files whose bytes did not change from the previous output instead of
/// writing them again, and writes every other file anew.
@Suite struct OutputWriterReuseTests {
    static func scratchFolder() throws -> URL {
        let root = TemporaryFiles.path("writer-reuse")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return root
    }

    static func inode(_ url: URL) throws -> UInt64 {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return try #require((attributes[.systemFileNumber] as? NSNumber)?.uint64Value)
    }

    static func text(_ url: URL) throws -> String {
        String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    @Test func unchangedFilesAreLinkedAndChangedOnesWritten() throws {
        let root = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("Output")
        let writer = OutputWriter(folder: output)
        try writer.write([
            RenderedFile(path: "site/index.html", text: "<h1>Plants</h1>"),
            RenderedFile(path: "site/topics/leaf.html", text: "Leaves make sugar"),
            RenderedFile(path: "site/topics/root.html", text: "Roots take up water"),
            RenderedFile(path: "empty.txt", text: ""),
        ])
        let index = try Self.inode(output.appendingPathComponent("site/index.html"))
        let leaf = try Self.inode(output.appendingPathComponent("site/topics/leaf.html"))
        let empty = try Self.inode(output.appendingPathComponent("empty.txt"))

        // Same size, other bytes: only a full comparison tells them apart.
        try writer.write([
            RenderedFile(path: "site/index.html", text: "<h1>Plants</h1>"),
            RenderedFile(path: "site/topics/leaf.html", text: "Leaves make starch"),
            RenderedFile(path: "site/topics/stem.html", text: "Stems hold leaves up"),
            RenderedFile(path: "empty.txt", text: ""),
        ])
        #expect(try Self.inode(output.appendingPathComponent("site/index.html")) == index)
        #expect(try Self.inode(output.appendingPathComponent("empty.txt")) == empty)
        #expect(try Self.inode(output.appendingPathComponent("site/topics/leaf.html")) != leaf)
        #expect(try Self.text(output.appendingPathComponent("site/topics/leaf.html")) == "Leaves make starch")
        #expect(try Self.text(output.appendingPathComponent("site/topics/stem.html")) == "Stems hold leaves up")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("site/topics/root.html").path))
        #expect(try Self.text(output.appendingPathComponent("site/index.html")) == "<h1>Plants</h1>")
        // The previous output is gone, so nothing else shares the kept file.
        let links = try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent("site/index.html").path)[.referenceCount]
        #expect((links as? NSNumber)?.intValue == 1)
    }

    @Test func aFileEditedInTheOutputIsWrittenAgain() throws {
        let root = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("Output")
        let writer = OutputWriter(folder: output)
        let page = RenderedFile(path: "site/index.html", text: "<h1>Plants</h1>")
        try writer.write([page])
        // Someone edits the built page, keeping its length.
        try Data("<h1>Plints</h1>".utf8).write(to: output.appendingPathComponent("site/index.html"))
        try writer.write([page])
        #expect(try Self.text(output.appendingPathComponent("site/index.html")) == "<h1>Plants</h1>")
    }

    @Test func aLinkInThePreviousOutputIsNotFollowed() throws {
        let root = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("Output")
        let outside = root.appendingPathComponent("outside.html")
        try Data("<h1>Plants</h1>".utf8).write(to: outside)
        try FileManager.default.createDirectory(at: output.appendingPathComponent("site"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: output.appendingPathComponent("site/index.html"), withDestinationURL: outside)
        try OutputWriter(folder: output).write([RenderedFile(path: "site/index.html", text: "<h1>Plants</h1>")])
        let kind = try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent("site/index.html").path)[.type]
        #expect(kind as? FileAttributeType == .typeRegular)
        #expect(try Self.inode(output.appendingPathComponent("site/index.html")) != Self.inode(outside))
    }

    /// A writer told to leave the previous output keeps it, whole, beside the new one until
    /// it is asked to remove it; an output folder of another name is left alone.
    @Test func theRetiredOutputStaysUntilRemoved() throws {
        let root = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("Output")
        let other = root.appendingPathComponent("Other")
        var writer = OutputWriter(folder: output)
        writer.leavesRetiredOutput = true
        var otherWriter = OutputWriter(folder: other)
        otherWriter.leavesRetiredOutput = true
        for (writer, folder) in [(writer, "Output"), (otherWriter, "Other")] {
            try writer.write([RenderedFile(path: "site/index.html", text: "<h1>\(folder) 1</h1>")])
            try writer.write([RenderedFile(path: "site/index.html", text: "<h1>\(folder) 2</h1>")])
        }
        let retired = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".Output.retired-") }
        #expect(retired.count == 1)
        if let name = retired.first {
            #expect(try Self.text(root.appendingPathComponent("\(name)/site/index.html")) == "<h1>Output 1</h1>")
        }
        #expect(try Self.text(output.appendingPathComponent("site/index.html")) == "<h1>Output 2</h1>")

        writer.removeRetiredOutput()
        let left = try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
        #expect(left.filter { $0.hasPrefix(".Output.") }.isEmpty)
        #expect(left.filter { $0.hasPrefix(".Other.retired-") }.count == 1)
        #expect(try Self.text(output.appendingPathComponent("site/index.html")) == "<h1>Output 2</h1>")
    }

    /// The retired output of a folder whose name holds the staging folder's own word is named
    /// from the folder's name like any other, so it is found and removed.
    @Test func theRetiredOutputOfAFolderNamedStagingIsRemoved() throws {
        let root = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        var writer = OutputWriter(folder: root.appendingPathComponent("staging"))
        writer.leavesRetiredOutput = true
        try writer.write([RenderedFile(path: "site/index.html", text: "<h1>1</h1>")])
        try writer.write([RenderedFile(path: "site/index.html", text: "<h1>2</h1>")])
        let names = try FileManager.default.contentsOfDirectory(atPath: root.path)
        #expect(names.filter { $0.hasPrefix(".staging.retired-") }.count == 1)
        writer.removeRetiredOutput()
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["staging"])
    }

    /// Paths that would leave the output folder are refused one by one; the rest is written.
    @Test func pathsOutsideTheOutputFolderAreRefused() throws {
        let root = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("Output")
        let hostile = ["../escape.txt", "/abs.txt", "a/../../up.txt", "a/./b.txt", "a//b.txt", "a/", "..", ".", "", "nul\u{0}.txt"]
        let refused = try OutputWriter(folder: output).write(
            [RenderedFile(path: "site/ok.txt", text: "kept")] + hostile.map { RenderedFile(path: $0, text: "hostile") })
        #expect(refused.count == hostile.count)
        #expect(try Self.text(output.appendingPathComponent("site/ok.txt")) == "kept")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["Output"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).filter { !$0.hasPrefix(".") } == ["site"])
    }
}
