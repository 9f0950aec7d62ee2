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

    /// The map as a file for the write stage; sorted so equal maps are equal bytes. Written
    /// in the layout of a sorted-keys, pretty-printed `JSONEncoder`, which `load` reads.
    var file: RenderedFile {
        var json = JSONText()
        json.beginObject()
        json.key("entries")
        json.array(entries.sorted { $0.guid < $1.guid }) { entry, json in
            json.beginObject()
            json.key("guid")
            json.string(entry.guid)
            json.key("identity")
            json.string(entry.identity)
            json.key("kind")
            json.string(entry.kind)
            json.key("topic")
            json.string(entry.topic)
            json.key("wording")
            json.string(entry.wording)
            json.endObject()
        }
        json.key("version")
        json.number(version)
        json.endObject()
        json.newline()
        return RenderedFile(path: Self.path, contents: json.data())
    }
}
