/// Maps each line of normalized markdown back to the line of the raw file it came from.
public struct LineMap: Hashable, Sendable {
    /// `rawLines[i]` is the raw 1-based line of normalized line `i + 1`.
    public private(set) var rawLines: [Int]

    public init(rawLines: [Int] = []) {
        self.rawLines = rawLines
    }

    /// Records that the next normalized line came from raw line `raw`.
    public mutating func append(raw: Int) {
        rawLines.append(raw)
    }

    /// The raw line for a 1-based normalized line; lines past the end map to the last known.
    public func rawLine(forNormalized line: Int) -> Int {
        guard !rawLines.isEmpty else { return max(line, 1) }
        let index = min(max(line - 1, 0), rawLines.count - 1)
        return rawLines[index]
    }
}
