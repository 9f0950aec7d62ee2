import Foundation
import Testing

@testable import Distill

/// The parallel maps keep the input order, nest, and use more than one thread where there is
/// more than one core, at any depth.
@Suite struct ParallelTests {
    @Test func mapsKeepTheInputOrder() {
        let inputs = Array(0..<1000)
        #expect(Parallel.map(inputs) { $0 * 2 } == inputs.map { $0 * 2 })
        #expect(Parallel.map(inputs, costliestFirst: { $0 % 7 }) { $0 + 1 } == inputs.map { $0 + 1 })
        #expect(Parallel.map(inputs, inChunksOf: 64) { $0 - 1 } == inputs.map { $0 - 1 })
        #expect(Parallel.map([Int]()) { $0 }.isEmpty)
        #expect(Parallel.map([5]) { $0 } == [5])
        let (text, number) = Parallel.both({ "left" }, { 42 })
        #expect(text == "left" && number == 42)
    }

    /// Chunks that divide the inputs evenly or leave one over, and a single chunk, each keep
    /// every result in its place.
    @Test func chunkedMapsKeepEveryResultAtAnyChunkSize() {
        for (count, size) in [(64, 64), (65, 64), (128, 64), (129, 64), (7, 1), (10, 3), (1, 5), (0, 4)] {
            let inputs = Array(0..<count)
            #expect(Parallel.map(inputs, inChunksOf: size) { "\($0)" } == inputs.map { "\($0)" }, "\(count) in chunks of \(size)")
        }
    }

    /// Results made in place are each released once, with the array that holds them: none is
    /// leaked, none freed twice.
    @Test func resultsMadeInPlaceAreReleasedOnce() {
        let counter = LifeCounter()
        do {
            let inputs = Array(0..<500)
            let plain = Parallel.map(inputs) { Tracked($0, counter) }
            let costly = Parallel.map(inputs, costliestFirst: { $0 % 11 }) { Tracked($0, counter) }
            let chunked = Parallel.map(inputs, inChunksOf: 33) { Tracked($0, counter) }
            let (left, right) = Parallel.both({ Tracked(-1, counter) }, { Tracked(-2, counter) })
            #expect(plain.map(\.value) == inputs && costly.map(\.value) == inputs && chunked.map(\.value) == inputs)
            #expect(left.value == -1 && right.value == -2)
            #expect(counter.alive == 3 * 500 + 2)
        }
        #expect(counter.alive == 0)
    }

    @Test func nestedMapsGiveTheSameResultsAsSerialOnes() {
        let outer = Array(0..<8)
        let results = Parallel.map(outer) { row in
            Parallel.map(Array(0..<50)) { column in row * 100 + column }
        }
        #expect(results == outer.map { row in (0..<50).map { row * 100 + $0 } })
        let (left, right) = Parallel.both(
            { Parallel.map(Array(0..<100)) { $0 } }, { Parallel.map(Array(0..<100), inChunksOf: 7) { -$0 } })
        #expect(left == Array(0..<100) && right == (0..<100).map { -$0 })
    }

    /// An inner map, inside one side of `both`, still reaches another thread once the other
    /// side is done: items that wait for each other finish only if two threads run them.
    @Test func anInnerMapGetsTheCoreTheOuterWorkLeaves() throws {
        try #require(ProcessInfo.processInfo.activeProcessorCount > 1, "needs two cores")
        let (_, threads) = Parallel.both({ 0 }, {
            Set(Parallel.map(Array(0..<300)) { _ -> String in
                Thread.sleep(forTimeInterval: 0.01)
                return "\(pthread_self())"
            })
        })
        #expect(threads.count > 1)
    }

    /// The caller of `both` whose side is done helps with the map on the other side, instead
    /// of waiting idle for it to finish.
    @Test func aCallerWithNothingLeftHelpsTheMapsItWaitsFor() {
        let caller = "\(pthread_self())"
        // The caller's side takes long enough for the helper to take the other side.
        let (_, threads) = Parallel.both({ Thread.sleep(forTimeInterval: 0.05) }, {
            Set(Parallel.map(Array(0..<40)) { _ -> String in
                Thread.sleep(forTimeInterval: 0.01)
                return "\(pthread_self())"
            })
        })
        #expect(threads.contains(caller))
    }

    /// A caller waiting for an inner map never takes an item of an outer batch: that item
    /// could wait for something the caller holds (a lock, a semaphore's slot), and the two
    /// would wait for each other. No outer item may start on a thread already inside one.
    @Test func aWaitingCallerLeavesOlderBatchesAlone() {
        let ledger = ThreadLedger()
        _ = Parallel.map(Array(0..<40)) { row -> Int in
            ledger.enter()
            defer { ledger.leave() }
            guard row == 0 else {
                Thread.sleep(forTimeInterval: 0.005)
                return row
            }
            return Parallel.map(Array(0..<20)) { column -> Int in
                Thread.sleep(forTimeInterval: 0.005)
                return column
            }.reduce(0, +)
        }
        #expect(ledger.nested == 0, "an outer item ran inside another on one thread")
    }
}

/// Which threads are inside an outer item, and how often one entered a second.
private final class ThreadLedger: @unchecked Sendable {
    private let lock = NSLock()
    private var inside = Set<String>()
    private(set) var nested = 0

    func enter() {
        lock.lock()
        if !inside.insert("\(pthread_self())").inserted { nested += 1 }
        lock.unlock()
    }

    func leave() {
        lock.lock()
        inside.remove("\(pthread_self())")
        lock.unlock()
    }
}

/// How many `Tracked` values are alive.
private final class LifeCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    var alive: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }

    func add(_ change: Int) {
        lock.lock()
        count += change
        lock.unlock()
    }
}

/// A value that counts itself alive from its making to its release.
private final class Tracked: @unchecked Sendable {
    let value: Int
    private let counter: LifeCounter

    init(_ value: Int, _ counter: LifeCounter) {
        self.value = value
        self.counter = counter
        counter.add(1)
    }

    deinit { counter.add(-1) }
}
