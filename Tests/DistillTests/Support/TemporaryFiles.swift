import Foundation

/// Paths the tests make under the system's temporary folder, removed when the test process
/// exits: a run of the suite makes a few hundred megabytes of outputs, caches and decks.
enum TemporaryFiles {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var paths: [String] = []
    private static let removedAtExit: Void = {
        atexit { TemporaryFiles.removeAll() }
    }()

    /// A new path `<name>-<UUID><suffix>` under the system's temporary folder; nothing is made
    /// there, and whatever is made there is removed at exit.
    static func path(_ name: String, suffix: String = "") -> URL {
        _ = removedAtExit
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)\(suffix)")
        lock.lock()
        paths.append(url.path)
        lock.unlock()
        return url
    }

    private static func removeAll() {
        lock.lock()
        let made = paths
        lock.unlock()
        for path in made { try? FileManager.default.removeItem(atPath: path) }
    }
}
