/// A place in a RAW input file: the line and column the user sees in their editor.
public struct SourceLocation: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public var file: SourcePath
    /// 1-based line of the raw input file.
    public var line: Int
    /// 1-based column, or nil where only the line is known.
    public var column: Int?

    public init(file: SourcePath, line: Int, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.file, lhs.line, lhs.column ?? 0) < (rhs.file, rhs.line, rhs.column ?? 0)
    }

    /// `file:line:col`, the form compilers print and editors jump to.
    public var description: String {
        if let column { return "\(file):\(line):\(column)" }
        return "\(file):\(line)"
    }
}
