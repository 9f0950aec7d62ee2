import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Wakes the watch loop as soon as something changes in a watched folder, through Linux's
/// inotify, so a save is seen at once instead of at the loop's next look. The look at every
/// file stays the judge of what changed: an event only says when to look, and the loop keeps
/// looking at its interval too, should an event be missed (a folder the system would not let
/// it watch). Elsewhere there are no events and the loop looks at its interval alone. It is
/// made on one thread and handed to the watch loop's, which alone uses it from then on.
final class FileEvents: @unchecked Sendable {
    #if canImport(Glibc)
    private let descriptor: Int32
    private var watched: Set<String> = []

    /// Nil where the system has no inotify or refuses one more.
    init?() {
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
    }

    deinit {
        close(descriptor)
    }

    /// Watches the folders not watched yet (each folder itself, not what is below it).
    func watch(_ folders: [String]) {
        // Saves, whether written in place or moved over the old file, and files made, removed
        // or renamed.
        let mask = UInt32(IN_CLOSE_WRITE | IN_MODIFY | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO)
        for folder in folders where !watched.contains(folder) {
            if inotify_add_watch(descriptor, folder, mask) >= 0 { watched.insert(folder) }
        }
    }

    /// Waits up to `seconds` for a change; returns whether one came. The events are read and
    /// dropped: which file changed is what the caller's look finds out.
    func wait(seconds: Double) -> Bool {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&request, 1, Int32(max(seconds, 0) * 1000)) > 0 else { return false }
        drain()
        return true
    }

    /// Drops the events queued so far.
    func drain() {
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        while buffer.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress, $0.count) }) > 0 {}
    }
    #else
    init?() { return nil }
    func watch(_ folders: [String]) {}
    func wait(seconds: Double) -> Bool { false }
    func drain() {}
    #endif
}
