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
    func mapWeightedSlices<Output: Sendable>(counts: [Int]?, _ body: @Sendable (WeightedSlice<Element>) -> Output) -> [Output] {
        InPlace.read(self) { elements in
            Parallel.map(Array<Int>(indices).slices()) { slice in body(WeightedSlice(elements: elements, range: slice.indices, counts: counts)) }
        }
    }
}

/// A run of an array's elements, each with how many times it counts, read in place: a copy
/// of each element would retain every field it holds.
struct WeightedSlice<Element> {
    fileprivate let elements: InPlace<Element>
    fileprivate let range: Range<Int>
    fileprivate let counts: [Int]?

    /// Calls `body` with each element and its count, in order.
    func forEach(_ body: (Element, Int) -> Void) {
        for index in range { body(elements[index], counts?[index] ?? 1) }
    }
}
