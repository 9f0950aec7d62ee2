/// The named steps of a build, in order. `print` makes the cheat sheets' PDFs (with `--pdf`).
public enum Stage: String, CaseIterable, Sendable {
    case load, normalize, parse, extract, dedupe, render, print, write

    /// 1-based position, for `[3/7] parse` progress lines.
    public var number: Int { (Self.allCases.firstIndex(of: self) ?? 0) + 1 }
}

/// What one stage did: its counts, for the progress line, and how long it took.
public struct StageReport: Sendable {
    public var stage: Stage
    public var summary: String
    public var seconds: Double

    /// `[3/7] parse      5 documents, 4210 nodes   12.3 ms`
    public var line: String {
        let name = stage.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
        let time = seconds < 1 ? String(format: "%.1f ms", seconds * 1000) : String(format: "%.2f s", seconds)
        return "[\(stage.number)/\(Stage.allCases.count)] \(name)\(summary)  (\(time))"
    }
}
