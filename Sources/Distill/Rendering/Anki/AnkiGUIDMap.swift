import Foundation

/// The GUID of every note of the previous build, kept in the output folder
/// (`.distill/anki-guids.json`; hidden files survive a build) so the next build can give
/// an edited fact the GUID it had, and re-importing updates the note in place.
struct AnkiGUIDMap: Codable, Equatable {
    struct Entry: Codable, Equatable {
        var guid: String
        var kind: String
        var topic: String
        var identity: String
        var wording: String
    }

    /// Where the map lives, relative to the output folder.
    static let path = ".distill/anki-guids.json"

    var version = 1
    var entries: [Entry] = []

    /// The previous build's map, or an empty one when there is none or it cannot be read
    /// (then every note gets the GUID derived from its text alone).
    static func load(fromOutput folder: URL) -> AnkiGUIDMap {
        let url = folder.appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: url.path),
              let map = try? JSONDecoder().decode(AnkiGUIDMap.self, from: data), map.version == 1
        else { return AnkiGUIDMap() }
        return map
    }

    /// The map as a file for the write stage; sorted so equal maps are equal bytes.
    var file: RenderedFile {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var sorted = self
        sorted.entries.sort { $0.guid < $1.guid }
        let data = (try? encoder.encode(sorted)) ?? Data("{}".utf8)
        return RenderedFile(path: Self.path, text: String(decoding: data, as: UTF8.self) + "\n")
    }
}
