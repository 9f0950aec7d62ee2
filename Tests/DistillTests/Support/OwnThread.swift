import Foundation

/// Runs blocking work (a process to wait for, a request the server answers late) on a thread
/// of its own and awaits it: blocking one of the concurrency pool's few threads, one per
/// core, could leave none to run the preview server's request handlers, and the work would
/// wait on itself.
enum OwnThread {
    static func run<Result: Sendable>(_ body: @escaping @Sendable () throws -> Result) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Swift.Result { try body() }) }.start()
        }
    }
}
