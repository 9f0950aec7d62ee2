import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@testable import DistillServe

/// The serve loop's wake-up on Linux: a change in a watched folder (a file written, made,
/// renamed over another or removed, a new folder's files once it is watched) wakes it, and
/// nothing else does. The loop's look at the files decides what changed.
@Suite struct FileEventsTests {
    @Test(.enabled(if: FileEvents() != nil, "the system gives no file events"))
    func changesInWatchedFoldersWakeTheLoop() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("distill-events-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let events = try #require(FileEvents())
        events.watch([root.path])
        #expect(!events.wait(seconds: 0.05), "nothing changed yet")

        let note = root.appendingPathComponent("note.md")
        try Data("- one\n".utf8).write(to: note)
        #expect(events.wait(seconds: 60))
        #expect(!events.wait(seconds: 0.05), "the events were read")

        // An editor's save: a copy written beside the file and moved over it.
        let copy = root.appendingPathComponent(".note.md.swp")
        try Data("- one\n- two\n".utf8).write(to: copy)
        #expect(rename(copy.path, note.path) == 0)
        #expect(events.wait(seconds: 60))

        try FileManager.default.removeItem(at: note)
        #expect(events.wait(seconds: 60))

        // A folder made later is watched once it is named.
        let folder = root.appendingPathComponent("chapter")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        #expect(events.wait(seconds: 60))
        events.watch([root.path, folder.path])
        try Data("- three\n".utf8).write(to: folder.appendingPathComponent("more.md"))
        #expect(events.wait(seconds: 60))
    }

    @Test func theWatcherNamesEveryFolderButHiddenOnesAndTheOutput() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("distill-folders-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for folder in ["Input/a/b", "Input/.git/objects", "Input/Output/site", "Templates/site"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        let watcher = ChangeWatcher(
            roots: [root.appendingPathComponent("Input"), root.appendingPathComponent("Templates"),
                    root.appendingPathComponent("Input/distill.yml")],
            excluded: root.appendingPathComponent("Input/Output"))
        let base = root.standardizedFileURL.path
        #expect(watcher.folders() == ["Input", "Input/a", "Input/a/b", "Templates", "Templates/site"].map { base + "/" + $0 })
    }
}
