import Testing

@testable import Distill

/// The merge loop's pair table answers as a dictionary of pairs does.
@Suite struct PairTableTests {
    @Test func answersAsADictionaryOfPairs() {
        var table = PairTable()
        var reference: [[Int]: Int] = [:]
        var generator = SplitMix64(state: 7)
        // Small ranges make repeats, negative firsts stand for the scopes below any topic, and
        // thousands of pairs make the table grow from its first 16 slots many times.
        for step in 0..<20_000 {
            let pair = [Int(generator.next() % 200) - 2, Int(generator.next() % 300)]
            if step % 3 == 0 {
                #expect(table.value(pair[0], pair[1]) == reference[pair])
            } else {
                table.set(pair[0], pair[1], to: step)
                reference[pair] = step
            }
        }
        #expect(table.count == reference.count)
        for (pair, value) in reference { #expect(table.value(pair[0], pair[1]) == value) }
        #expect(table.value(-3, 0) == nil && table.value(0, 300) == nil)
    }

    @Test func insertKeepsTheFirstValue() {
        var table = PairTable(minimumCapacity: 2)
        let added = table.insert(3, 4, value: 1)
        let addedAgain = table.insert(3, 4, value: 2)
        let swapped = table.insert(4, 3, value: 5)
        #expect(added && !addedAgain && swapped)
        #expect(table.value(3, 4) == 1 && table.value(4, 3) == 5 && table.count == 2)
    }

    /// Pairs that differ in the high bits only, or swap their numbers, are told apart.
    @Test func pairsAlikeInTheirLowBitsAreToldApart() {
        var table = PairTable()
        let firsts = (0..<64).map { 1 << $0 }
        for (position, first) in firsts.enumerated() {
            table.set(first, first, to: position)
            table.set(0, first, to: 100 + position)
        }
        for (position, first) in firsts.enumerated() {
            #expect(table.value(first, first) == position)
            #expect(table.value(0, first) == 100 + position)
            #expect(table.value(first, 0) == nil)
        }
    }
}
