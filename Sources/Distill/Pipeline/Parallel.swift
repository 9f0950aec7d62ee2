import Foundation

/// Maps work across all cores, keeping the input order.
///
/// Each call is a batch of items handed out one at a time. The calling thread works through
/// its own batch, and a pool of helper threads, one per core beyond the first, takes items of
/// any batch. A caller whose items are all taken helps with batches started after its own,
/// which are mostly the maps its items run, instead of sleeping until they finish. So a `map`
/// inside another `map`, or inside one side of `both`, gets every core the outer work leaves
/// idle. With the system's thread pool, a thread waiting for its batch sat idle and the pool
/// did not replace it: at 1x the render stage ran on one core for most of its time.
enum Parallel {
    static func map<Input: Sendable, Output: Sendable>(_ inputs: [Input], _ transform: @Sendable (Input) -> Output) -> [Output] {
        guard inputs.count > 1 else { return inputs.map(transform) }
        return InPlace.read(inputs) { inputs in run(count: inputs.count) { transform(inputs[$0]) } }
    }

    /// `map`, with the costliest inputs started first so that no large one is left to run alone
    /// at the end while the other cores idle; the results keep the input order.
    static func map<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], costliestFirst cost: (Input) -> Int, _ transform: @Sendable (Input) -> Output
    ) -> [Output] {
        guard inputs.count > 1 else { return inputs.map(transform) }
        let costs = inputs.map(cost)
        let order = inputs.indices.sorted { costs[$0] > costs[$1] || (costs[$0] == costs[$1] && $0 < $1) }
        return InPlace.read(inputs) { inputs in
            filled(count: inputs.count, items: order.count) { slots, position in
                slots.initialize(order[position], to: transform(inputs[order[position]]))
            }
        }
    }

    /// `map` for many small inputs: each core takes `size` of them at a time.
    static func map<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], inChunksOf size: Int, _ transform: @Sendable (Input) -> Output
    ) -> [Output] {
        precondition(size > 0, "a chunk holds at least one input")
        guard inputs.count > size else { return inputs.map(transform) }
        return InPlace.read(inputs) { inputs in
            filled(count: inputs.count, items: (inputs.count + size - 1) / size) { slots, chunk in
                for index in chunk * size..<min(chunk * size + size, inputs.count) {
                    slots.initialize(index, to: transform(inputs[index]))
                }
            }
        }
    }

    /// Runs two independent pieces of work at once.
    static func both<First: Sendable, Second: Sendable>(
        _ first: @Sendable () -> First, _ second: @Sendable () -> Second
    ) -> (First, Second) {
        let results = run(count: 2) { index -> (First?, Second?) in index == 0 ? (first(), nil) : (nil, second()) }
        return (results[0].0!, results[1].1!)
    }

    /// `body` of `0..<count`, on the calling thread and on the pool's helpers.
    private static func run<Output>(count: Int, _ body: @Sendable (Int) -> Output) -> [Output] {
        guard count > 0 else { return [] }
        return filled(count: count, items: count) { slots, index in slots.initialize(index, to: body(index)) }
    }

    /// An array of `count` results, which `items` items of one batch make on all cores: `fill`
    /// of an item initializes its results' slots, every slot once. Each result is made in its
    /// place in the array, not copied there from a list of optionals or of per-chunk lists.
    private static func filled<Output>(
        count: Int, items: Int, _ fill: @Sendable (Slots<Output>, Int) -> Void
    ) -> [Output] {
        Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = Slots(buffer)
            // Each item writes its own slots; the pool's lock orders the writes before the reads.
            forEach(count: items) { item in fill(slots, item) }
            initialized = count
        }
    }

    /// `body` of `0..<count`, on the calling thread and on the pool's helpers; returns once
    /// every call has.
    private static func forEach(count: Int, _ body: @Sendable (Int) -> Void) {
        guard count > 0 else { return }
        withoutActuallyEscaping(body) { body in WorkPool.shared.run(WorkBatch(count: count, item: body)) }
    }
}

/// An array's elements, handed to a transform where they lie. Read through the array, each
/// element was copied first, and a copy of a struct retains every field it holds.
struct InPlace<Element> {
    private let buffer: UnsafeBufferPointer<Element>

    /// `body` with `array`'s elements in place; they stay valid until it returns.
    static func read<Result>(_ array: [Element], _ body: (InPlace<Element>) -> Result) -> Result {
        array.withUnsafeBufferPointer { body(InPlace(buffer: $0)) }
    }

    var count: Int { buffer.count }

    subscript(index: Int) -> Element {
        unsafeAddress {
            precondition(buffer.indices.contains(index), "index \(index) is out of 0..<\(buffer.count)")
            return buffer.baseAddress! + index
        }
    }
}

/// Elements that may cross threads may be read in place from several: the buffer is only read,
/// and the array it points into outlives every reader (`read` returns after `body`).
extension InPlace: @unchecked Sendable where Element: Sendable {}

/// An array's uninitialized storage, which the items of one batch fill, each its own slot.
private struct Slots<Element>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>

    init(_ buffer: UnsafeMutableBufferPointer<Element>) {
        base = buffer.baseAddress!
    }

    func initialize(_ index: Int, to value: consuming Element) {
        (base + index).initialize(to: value)
    }
}

/// One `Parallel.forEach`: its items and how far they have got. The pool's lock guards the counters.
private final class WorkBatch: @unchecked Sendable {
    let count: Int
    /// When the batch was started, across all batches: a waiting caller helps only newer ones.
    var sequence = 0
    var next = 0
    var finished = 0
    /// Runs one item and stores its result. Set to nil once every item is done, so no thread
    /// holds the caller's closure when `run` returns.
    var item: ((Int) -> Void)?

    init(count: Int, item: @escaping (Int) -> Void) {
        self.count = count
        self.item = item
    }
}

/// The helper threads and the batches with items left to take.
private final class WorkPool: @unchecked Sendable {
    static let shared = WorkPool()

    private let condition = NSCondition()
    /// Batches with items not yet taken, oldest first.
    private var open: [WorkBatch] = []
    private var started = 0
    private var helpersStarted = false

    /// Runs the batch's items on this thread and the helpers; returns once all are done.
    func run(_ batch: WorkBatch) {
        condition.lock()
        defer { condition.unlock() }
        if !helpersStarted { startHelpers() }
        started += 1
        batch.sequence = started
        open.append(batch)
        condition.broadcast()
        while batch.finished < batch.count {
            if let (taken, index) = take(own: batch) {
                perform(taken, index)
            } else {
                condition.wait()
            }
        }
        batch.item = nil
    }

    /// The next item of `own`, else of the newest batch started after it (else of the newest
    /// batch, for a helper). A waiting caller never takes an item of an older batch: that
    /// item may be waiting, up its own stack, for what this caller holds.
    private func take(own: WorkBatch?) -> (WorkBatch, Int)? {
        let batch: WorkBatch
        if let own, own.next < own.count {
            batch = own
        } else if let newest = open.last, newest.sequence > (own?.sequence ?? 0) {
            batch = newest
        } else {
            return nil
        }
        let index = batch.next
        batch.next += 1
        if batch.next == batch.count, let position = open.lastIndex(where: { $0 === batch }) { open.remove(at: position) }
        return (batch, index)
    }

    /// Runs one item with the lock released; called and returns with it held.
    private func perform(_ batch: WorkBatch, _ index: Int) {
        condition.unlock()
        Self.call(batch, index)
        condition.lock()
        batch.finished += 1
        if batch.finished == batch.count { condition.broadcast() }
    }

    /// Calls the item in a frame of its own, so the closure is let go before the item counts
    /// as done.
    @inline(never)
    private static func call(_ batch: WorkBatch, _ index: Int) {
        batch.item!(index)
    }

    private func startHelpers() {
        helpersStarted = true
        for _ in 1..<max(ProcessInfo.processInfo.activeProcessorCount, 2) {
            let thread = Thread { [unowned self] in self.help() }
            // Items parse deeply nested notes; give them the room the main thread has.
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    private func help() {
        condition.lock()
        while true {
            if let (batch, index) = take(own: nil) {
                perform(batch, index)
            } else {
                condition.wait()
            }
        }
    }
}
