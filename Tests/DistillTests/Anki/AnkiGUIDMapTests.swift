import Foundation
import Testing

@testable import Distill

@Suite struct AnkiGUIDMapTests {
    static let map = AnkiGUIDMap(entries: [
        .init(guid: "distill-b", kind: "cloze", topic: "s3/limits", identity: "fact:f1", wording: "max \"object\" size is 5 tb \\ per object"),
        .init(guid: "distill-a", kind: "definition", topic: "café", identity: "term:naïve", wording: "a tab\there and a slash /"),
    ])

    @Test func fileIsWhatASortedKeysEncoderWrites() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var sorted = Self.map
        sorted.entries.sort { $0.guid < $1.guid }
        let expected = String(decoding: try encoder.encode(sorted), as: UTF8.self) + "\n"
        #expect(String(decoding: Self.map.file.contents, as: UTF8.self) == expected)
        let empty = String(decoding: try encoder.encode(AnkiGUIDMap()), as: UTF8.self) + "\n"
        #expect(String(decoding: AnkiGUIDMap().file.contents, as: UTF8.self) == empty)
    }

    @Test func fileLoadsBackAsTheSameMap() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("guid-map-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = Self.map.file
        let url = folder.appendingPathComponent(file.path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try file.contents.write(to: url)
        let loaded = AnkiGUIDMap.load(fromOutput: folder)
        #expect(loaded.entries.map(\.guid) == ["distill-a", "distill-b"])
        #expect(Set(loaded.entries.map(\.wording)) == Set(Self.map.entries.map(\.wording)))
    }
}
