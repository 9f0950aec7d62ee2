extension Array {
    /// The elements cut in order into slices of `size` (the last one may be shorter).
    func chunks(of size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }

    /// The elements cut in order into slices of at least `minimumSize` elements and at most
    /// `maximumCount` slices: enough to keep every core busy, few enough that what is kept
    /// per slice until all are done (counts, sets) stays small at any corpus size.
    func slices(minimumSize: Int = 2048, maximumCount: Int = 16) -> [ArraySlice<Element>] {
        chunks(of: Swift.max(minimumSize, (count + maximumCount - 1) / maximumCount))
    }
}

extension Array where Element: Sendable {
    /// `body` of each of `slices()`, on all cores, with every element paired with how many
    /// times it counts: its entry in `counts`, or once when there are no counts.
    func mapWeightedSlices<Output: Sendable>(counts: [Int]?, _ body: @Sendable ([(Element, Int)]) -> Output) -> [Output] {
        Parallel.map(Array<Int>(indices).slices()) { slice in body(slice.map { (self[$0], counts?[$0] ?? 1) }) }
    }
}
