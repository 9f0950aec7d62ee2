import Foundation

/// The outcome of the latest build, shared between the rebuild loop and request handlers.
/// Every build, good or bad, bumps `version`, which open pages poll to reload or show errors.
final class BuildState: @unchecked Sendable {
    struct Snapshot: Codable, Equatable, Sendable {
        var version: Int
        /// The latest build's errors as text, or nil when it succeeded.
        var error: String?
    }

    private let lock = NSLock()
    private var current = Snapshot(version: 0, error: nil)

    var snapshot: Snapshot {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    func finish(error: String?) {
        lock.lock()
        current = Snapshot(version: current.version + 1, error: error)
        lock.unlock()
    }
}
