import Foundation
import NIOCore

/// The address the server listens on, once it does, or why it never will; `wait` returns
/// whichever comes first.
final class ListeningAddress: @unchecked Sendable {
    private let lock = NSLock()
    private var outcome: Result<SocketAddress, any Error>?
    private var waiter: CheckedContinuation<SocketAddress, any Error>?

    func found(_ address: SocketAddress?) {
        settle(address.map { .success($0) } ?? .failure(PreviewServer.ServeError.notListening))
    }

    func fail(_ error: any Error) {
        settle(.failure(error))
    }

    /// The first outcome wins; later ones (the server stopping after it listened) are dropped.
    private func settle(_ result: Result<SocketAddress, any Error>) {
        lock.lock()
        guard outcome == nil else {
            lock.unlock()
            return
        }
        outcome = result
        let waiting = waiter
        waiter = nil
        lock.unlock()
        waiting?.resume(with: result)
    }

    func wait(seconds: Double) async throws -> SocketAddress {
        let timeout = Task { [self] in
            try await Task.sleep(nanoseconds: UInt64(seconds * 1e9))
            fail(PreviewServer.ServeError.notListening)
        }
        defer { timeout.cancel() }
        return try await withCheckedThrowingContinuation { continuation in
            lock.lock()
            if let outcome {
                lock.unlock()
                continuation.resume(with: outcome)
            } else {
                waiter = continuation
                lock.unlock()
            }
        }
    }
}
