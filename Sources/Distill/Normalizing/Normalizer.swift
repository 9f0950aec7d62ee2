/// Rewrites a raw note of any format as canonical markdown, keeping a map back to its raw lines.
public struct Normalizer: Sendable {
    public init() {}

    /// Normalizes one loaded file.
    public func normalize(_ file: SourceFile) -> NormalizedNote {
        var map = LineMap()
        for index in file.lines.indices { map.append(raw: index + 1) }
        return NormalizedNote(
            source: file.path, format: .markdown,
            markdown: file.lines.joined(separator: "\n") + "\n", lineMap: map
        )
    }
}
