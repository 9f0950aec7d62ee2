/// A table from a pair of numbers to a number, for the look-ups the merge loop makes for
/// every fact. A pair is mixed by multiplication and found by linear probing, where a
/// `Dictionary` set up, fed and finished a seeded hash for every look-up: at scale, a third of
/// the loop, which runs on one core. Pairs are only added and looked up, never removed or
/// listed, so no order of theirs can reach the output.
struct PairTable {
    /// A pair and its value side by side, so a probe reads one place in memory.
    private struct Slot {
        var first: Int
        var second: Int
        /// -1 for an empty slot: values are indices, never negative.
        var value: Int
    }

    private var slots: [Slot]
    private(set) var count = 0
    /// How many of a mixed pair's high bits pick its slot: there are 2^bits slots.
    private var bits: Int

    /// A table that holds `minimumCapacity` pairs before it grows.
    init(minimumCapacity: Int = 0) {
        var bits = 4
        while (1 << bits) < 2 * minimumCapacity { bits += 1 }
        self.bits = bits
        slots = Array(repeating: Slot(first: 0, second: 0, value: -1), count: 1 << bits)
    }

    /// The value of the pair, or nil when it was never set.
    func value(_ first: Int, _ second: Int) -> Int? {
        let mask = slots.count - 1
        var index = Self.slot(first, second, bits: bits)
        while slots[index].value >= 0 {
            if slots[index].first == first && slots[index].second == second { return slots[index].value }
            index = (index + 1) & mask
        }
        return nil
    }

    /// Sets the value of the pair; `value` must not be negative.
    mutating func set(_ first: Int, _ second: Int, to value: Int) {
        precondition(value >= 0, "a pair table holds indices, which are never negative")
        if 2 * (count + 1) > slots.count { grow() }
        let mask = slots.count - 1
        var index = Self.slot(first, second, bits: bits)
        while slots[index].value >= 0 {
            if slots[index].first == first && slots[index].second == second {
                slots[index].value = value
                return
            }
            index = (index + 1) & mask
        }
        slots[index] = Slot(first: first, second: second, value: value)
        count += 1
    }

    /// Sets the pair to `value` unless it has a value; returns whether it was set.
    mutating func insert(_ first: Int, _ second: Int, value: Int) -> Bool {
        guard self.value(first, second) == nil else { return false }
        set(first, second, to: value)
        return true
    }

    private mutating func grow() {
        let old = slots
        self = PairTable(minimumCapacity: old.count)
        for slot in old where slot.value >= 0 { set(slot.first, slot.second, to: slot.value) }
    }

    /// The pair mixed into `bits` bits: each number multiplied by a large odd constant, the two
    /// combined and multiplied again, and the top bits taken, which every bit of both moves.
    private static func slot(_ first: Int, _ second: Int, bits: Int) -> Int {
        let mixed = (UInt64(bitPattern: Int64(first)) &* 0x9E37_79B9_7F4A_7C15)
            ^ (UInt64(bitPattern: Int64(second)) &* 0xC2B2_AE3D_27D4_EB4F)
        return Int(truncatingIfNeeded: (mixed &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
    }
}
