import Foundation

/// Notices edits under some folders by polling every file's size and modification time,
/// which works the same on every system and needs no file-event API.
struct ChangeWatcher: Sendable {
    /// What the watcher last saw of one file.
    struct Stamp: Equatable, Sendable {
        var size: Int64
        var modified: Double
    }

    /// Folders (or single files) to watch.
    let roots: [URL]
    /// A folder inside a root that is never looked at (the output folder).
    let excluded: URL

    /// Every non-hidden file under the roots, by path.
    func snapshot() -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        let fileManager = FileManager.default
        let skip = excluded.standardizedFileURL.path
        for root in roots {
            let base = root.standardizedFileURL
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: base.path, isDirectory: &isDirectory) else { continue }
            let names = isDirectory.boolValue ? (fileManager.enumerator(atPath: base.path)?.compactMap { $0 as? String } ?? []) : [""]
            for name in names {
                // Editors' swap and backup files are hidden; the build never reads them.
                if name.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
                let path = name.isEmpty ? base.path : base.appendingPathComponent(name).path
                if path == skip || path.hasPrefix(skip + "/") { continue }
                guard let attributes = try? fileManager.attributesOfItem(atPath: path),
                      attributes[.type] as? FileAttributeType != .typeDirectory
                else { continue }
                let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                stamps[path] = Stamp(size: size, modified: modified)
            }
        }
        return stamps
    }

    /// The paths added, removed or changed between two snapshots, sorted.
    static func changes(from old: [String: Stamp], to new: [String: Stamp]) -> [String] {
        let paths = Set(old.keys).union(new.keys)
        return paths.filter { old[$0] != new[$0] }.sorted()
    }
}
