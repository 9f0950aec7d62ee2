import Foundation

/// The outcome of the latest build, shared between the rebuild loop and request handlers.
/// Every build, good or bad, bumps `version`; open pages wait for a new version to reload or
/// show errors.
final class BuildState: @unchecked Sendable {
    struct Snapshot: Codable, Equatable, Sendable {
        var version: Int
        /// The latest build's errors as text, or nil when it succeeded.
        var error: String?
    }

    private let lock = NSLock()
    private var current = Snapshot(version: 0, error: nil)
    /// Requests waiting for a version after the one they name, by a number of their own.
    private var waiting: [Int: (after: Int, continuation: CheckedContinuation<Snapshot, Never>)] = [:]
    private var nextWaiter = 0
    /// Waiters whose time ran out before they were registered.
    private var expired: Set<Int> = []

    var snapshot: Snapshot {
        lock.withLock { current }
    }

    func finish(error: String?) {
        answerWaiting(changing: { $0 = Snapshot(version: $0.version + 1, error: error) }) { after, current in after != current.version }
    }

    /// The state once its version is no longer `version`, or as it is after `seconds` (so a
    /// page's request never stays open for long). Returns at once when the version differs
    /// already.
    func change(after version: Int, within seconds: Double) async -> Snapshot {
        let number = lock.withLock { () -> Int in
            nextWaiter += 1
            return nextWaiter
        }
        let timeout = Task {
            // At most a day: a wait that is no number, or none a clock could count, is a day.
            let nanoseconds = seconds.isFinite ? min(max(seconds, 0), 86_400) * 1e9 : 86_400e9
            try await Task.sleep(nanoseconds: UInt64(nanoseconds))
            self.stopWaiting(number)
        }
        defer { timeout.cancel() }
        return await withCheckedContinuation { continuation in
            let ready = lock.withLock { () -> Snapshot? in
                guard current.version == version, expired.remove(number) == nil else { return current }
                waiting[number] = (version, continuation)
                return nil
            }
            if let ready { continuation.resume(returning: ready) }
        }
    }

    /// How many requests wait for a build.
    var waitingCount: Int {
        lock.withLock { waiting.count }
    }

    /// Answers every waiting request with the state as it is (the server is stopping).
    func releaseWaiting() {
        answerWaiting { _, _ in true }
    }

    /// Changes the state, then answers the waiting requests `answered` picks, by the version
    /// each waits after and the changed state, with that state.
    private func answerWaiting(
        changing change: (inout Snapshot) -> Void = { _ in }, where answered: (_ after: Int, _ current: Snapshot) -> Bool
    ) {
        let (snapshot, woken) = lock.withLock { () -> (Snapshot, [CheckedContinuation<Snapshot, Never>]) in
            change(&current)
            let woken = waiting.filter { answered($0.value.after, current) }
            for number in woken.keys { waiting[number] = nil }
            return (current, woken.values.map(\.continuation))
        }
        for continuation in woken { continuation.resume(returning: snapshot) }
    }

    /// Answers a waiting request with the state as it is.
    private func stopWaiting(_ number: Int) {
        let (snapshot, waiter) = lock.withLock { () -> (Snapshot, CheckedContinuation<Snapshot, Never>?) in
            let waiter = waiting.removeValue(forKey: number)?.continuation
            if waiter == nil { expired.insert(number) }
            return (current, waiter)
        }
        waiter?.resume(returning: snapshot)
    }
}
