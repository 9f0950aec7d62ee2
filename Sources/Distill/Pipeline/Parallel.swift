import Foundation

/// Maps per-file work across all cores, keeping the input order.
enum Parallel {
    static func map<Input: Sendable, Output: Sendable>(_ inputs: [Input], _ transform: @Sendable (Input) -> Output) -> [Output] {
        guard inputs.count > 1 else { return inputs.map(transform) }
        let results = ResultBox<Output>(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            results.set(index, transform(inputs[index]))
        }
        return results.values()
    }

    /// `map`, with the costliest inputs started first so that no large one is left to run alone
    /// at the end while the other cores idle; the results keep the input order.
    static func map<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], costliestFirst cost: (Input) -> Int, _ transform: @Sendable (Input) -> Output
    ) -> [Output] {
        guard inputs.count > 1 else { return inputs.map(transform) }
        let costs = inputs.map(cost)
        let order = inputs.indices.sorted { costs[$0] > costs[$1] || (costs[$0] == costs[$1] && $0 < $1) }
        let results = ResultBox<Output>(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: order.count) { position in
            let index = order[position]
            results.set(index, transform(inputs[index]))
        }
        return results.values()
    }

    /// `map` for many small inputs: each core takes `size` of them at a time.
    static func map<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], inChunksOf size: Int, _ transform: @Sendable (Input) -> Output
    ) -> [Output] {
        map(inputs.chunks(of: size)) { $0.map(transform) }.flatMap { $0 }
    }

    /// Runs two independent pieces of work at once.
    static func both<First: Sendable, Second: Sendable>(
        _ first: @Sendable () -> First, _ second: @Sendable () -> Second
    ) -> (First, Second) {
        let firstResult = ResultBox<First>(count: 1)
        let secondResult = ResultBox<Second>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 { firstResult.set(0, first()) } else { secondResult.set(0, second()) }
        }
        return (firstResult.values()[0], secondResult.values()[0])
    }
}

/// Slots written once each from concurrent iterations; the lock makes that safe.
private final class ResultBox<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func values() -> [Value] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}
