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
