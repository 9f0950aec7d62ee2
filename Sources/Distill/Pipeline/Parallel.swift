import Foundation

/// Maps work across all cores, keeping the input order.
///
/// Items are handed out one at a time from a shared counter. The calling thread works through
/// them itself and asks the system's thread pool for helpers, which join in whenever a core
/// is free and leave when nothing is left to take. So a `map` inside another `map`, or inside
/// one side of `both`, still gets every core that the outer work leaves idle: with
/// `DispatchQueue.concurrentPerform` the inner one ran on a single thread, and the render
/// stage used little more than one of two cores. Nothing waits for a helper that has not
/// started, so a busy pool only means fewer helpers.
enum Parallel {
    static func map<Input: Sendable, Output: Sendable>(_ inputs: [Input], _ transform: @Sendable (Input) -> Output) -> [Output] {
        guard inputs.count > 1 else { return inputs.map(transform) }
        return run(count: inputs.count) { transform(inputs[$0]) }
    }

    /// `map`, with the costliest inputs started first so that no large one is left to run alone
    /// at the end while the other cores idle; the results keep the input order.
    static func map<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], costliestFirst cost: (Input) -> Int, _ transform: @Sendable (Input) -> Output
    ) -> [Output] {
        guard inputs.count > 1 else { return inputs.map(transform) }
        let costs = inputs.map(cost)
        let order = inputs.indices.sorted { costs[$0] > costs[$1] || (costs[$0] == costs[$1] && $0 < $1) }
        let started = run(count: order.count) { position in (order[position], transform(inputs[order[position]])) }
        var results = [Output?](repeating: nil, count: inputs.count)
        for (index, output) in started { results[index] = output }
        return results.map { $0! }
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
        let results = run(count: 2) { index -> (First?, Second?) in index == 0 ? (first(), nil) : (nil, second()) }
        return (results[0].0!, results[1].1!)
    }

    /// `body` of `0..<count`, on the calling thread and on helpers from the pool.
    private static func run<Output>(count: Int, _ body: @Sendable (Int) -> Output) -> [Output] {
        withoutActuallyEscaping(body) { body in
            let batch = Batch<Output>(count: count, body: body)
            let helpers = min(count, ProcessInfo.processInfo.activeProcessorCount) - 1
            for _ in 0..<max(helpers, 0) {
                DispatchQueue.global().async { batch.work() }
            }
            batch.work()
            return batch.finish()
        }
    }
}

/// The shared state of one `Parallel.run`: the next item to hand out, the results, and the
/// helpers at work. The condition's lock guards all of it.
private final class Batch<Output>: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private var next = 0
    private var finished = 0
    /// Helpers between taking their first item and leaving.
    private var working = 0
    private var results: [Output?]
    /// Set to nil once every item is done, so no helper still holds the caller's closure.
    private var body: (@Sendable (Int) -> Output)?

    init(count: Int, body: @escaping @Sendable (Int) -> Output) {
        self.count = count
        self.body = body
        results = Array(repeating: nil, count: count)
    }

    /// Takes items until none is left. A helper that starts late finds none and leaves
    /// without touching `body`.
    func work() {
        condition.lock()
        guard next < count, body != nil else {
            condition.unlock()
            return
        }
        working += 1
        while next < count, let body {
            let index = next
            next += 1
            condition.unlock()
            let result = body(index)
            condition.lock()
            results[index] = result
            finished += 1
            // `body` goes out of scope here, under the lock: the helper holds no copy of the
            // caller's closure once `working` drops below.
        }
        working -= 1
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until every item is done and every helper has left, then lets go of `body`.
    func finish() -> [Output] {
        condition.lock()
        defer { condition.unlock() }
        while finished < count || working > 0 { condition.wait() }
        body = nil
        return results.map { $0! }
    }
}
