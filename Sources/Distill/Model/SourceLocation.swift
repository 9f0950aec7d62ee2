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

extension [SourceLocation] {
    /// Each place as `file:line`, joined by `separator`. A fact said by every copy of a note
    /// lists hundreds of places in its badge and on its card, so the text is built in one
    /// string, without a string per place.
    func fileLines(joinedBy separator: String) -> String {
        var text = ""
        text.reserveCapacity(count * 40)
        for (index, place) in enumerated() {
            if index > 0 { text += separator }
            text += place.file.rawValue
            text += ":"
            text += String(place.line)
        }
        return text
    }
}
