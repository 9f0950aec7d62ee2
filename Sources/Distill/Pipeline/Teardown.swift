import Dispatch

/// Releases the large values a stage leaves behind on a background thread.
///
/// Releasing a value walks everything it holds: hundreds of thousands of facts, strings and
/// sets at scale. Released where the stage ends, that walk ran on the build's own thread
/// while the next stage waited; on the background thread it fills the moments a core would
/// otherwise idle. The value is gone from the caller once handed over.
enum Teardown {
    private static let queue = DispatchQueue(label: "distill.teardown", qos: .utility)

    /// Drops `value` on the background thread. The caller must hold no other reference to
    /// what it owns, or the last of those references frees it instead.
    static func release<Value: Sendable>(_ value: consuming Value) {
        let box = Box(value)
        queue.async { box.value = nil }
    }

    /// Holds the value until the background thread drops it.
    private final class Box<Held>: @unchecked Sendable {
        var value: Held?

        init(_ value: consuming Held) {
            self.value = value
        }
    }
}
