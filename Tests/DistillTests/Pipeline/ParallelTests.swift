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
}
