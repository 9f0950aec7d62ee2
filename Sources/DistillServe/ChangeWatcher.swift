import Foundation

/// Notices edits under some folders by looking at every file's size and modification time,
/// which works the same on every system. `FileEvents` says when to look, where the system
/// tells; otherwise the watch loop looks at a fixed interval.
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
        forEachEntry { path, attributes in
            guard attributes[.type] as? FileAttributeType != .typeDirectory else { return }
            let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            stamps[path] = Stamp(size: size, modified: modified)
        }
        return stamps
    }

    /// Every non-hidden folder under the roots, with the roots themselves and the folder of a
    /// root that is a file (made or not yet), for `FileEvents` to watch.
    func folders() -> [String] {
        var folders = Set<String>()
        for root in roots {
            var isDirectory: ObjCBool = false
            let base = root.standardizedFileURL
            let exists = FileManager.default.fileExists(atPath: base.path, isDirectory: &isDirectory)
            folders.insert(exists && isDirectory.boolValue ? base.path : base.deletingLastPathComponent().path)
        }
        forEachEntry { path, attributes in
            if attributes[.type] as? FileAttributeType == .typeDirectory { folders.insert(path) }
        }
        return folders.sorted()
    }

    /// Each root that is a file, and each non-hidden file and folder under the roots that are
    /// folders, outside the excluded folder, with its attributes.
    private func forEachEntry(_ body: (_ path: String, _ attributes: [FileAttributeKey: Any]) -> Void) {
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
                guard let attributes = try? fileManager.attributesOfItem(atPath: path) else { continue }
                body(path, attributes)
            }
        }
    }

    /// The paths added, removed or changed between two snapshots, sorted.
    static func changes(from old: [String: Stamp], to new: [String: Stamp]) -> [String] {
        let paths = Set(old.keys).union(new.keys)
        return paths.filter { old[$0] != new[$0] }.sorted()
    }
}
