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
    /// lists hundreds of places in its badge and on its card, so the text is written as bytes
    /// into one buffer, reserved at the size of the plain list, without a string per place or
    /// per number. `escapingFiles` escapes the file names for HTML (a line number and the
    /// separators the callers use need no escaping), which spares a second pass over the whole
    /// text; each name is escaped once, as it is written.
    func fileLines(joinedBy separator: String, escapingFiles: Bool = false) -> String {
        guard !isEmpty else { return "" }
        var size = (count - 1) * separator.utf8.count
        for place in self { size += place.file.rawValue.utf8.count + 1 + Self.decimalLength(place.line) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size)
        for (index, place) in enumerated() {
            if index > 0 { bytes += separator.utf8 }
            bytes += (escapingFiles ? place.file.rawValue.htmlEscaped : place.file.rawValue).utf8
            bytes.append(UInt8(ascii: ":"))
            Self.appendDecimal(place.line, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The length of `String(number)`.
    private static func decimalLength(_ number: Int) -> Int {
        (number < 0 ? 1 : 0) + digitCount(number.magnitude)
    }

    private static func digitCount(_ magnitude: UInt) -> Int {
        var count = 1
        var rest = magnitude / 10
        while rest > 0 {
            count += 1
            rest /= 10
        }
        return count
    }

    /// `number` in decimal, as `String(number)` writes it.
    private static func appendDecimal(_ number: Int, to bytes: inout [UInt8]) {
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        var rest = number.magnitude
        let digits = digitCount(rest)
        var index = bytes.count + digits - 1
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: digits))
        repeat {
            bytes[index] = UInt8(ascii: "0") + UInt8(rest % 10)
            index -= 1
            rest /= 10
        } while rest > 0
    }
}
