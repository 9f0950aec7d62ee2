/// A template that does not parse: what is wrong, and where (1-based line and column).
struct TemplateSyntaxError: Error, Sendable, Equatable {
    var message: String
    var line: Int
    var column: Int

    /// An error whose place is still a byte offset.
    struct Pending: Error {
        var message: String
        var offset: Int

        init(_ message: String, at offset: Int) {
            self.message = message
            self.offset = offset
        }

        /// The error with the offset turned into a line and a column.
        func located(in bytes: [UInt8]) -> TemplateSyntaxError {
            let place = TemplateSyntaxError.place(of: offset, in: bytes)
            return TemplateSyntaxError(message: message, line: place.line, column: place.column)
        }
    }

    /// The 1-based line and column (in characters) of a UTF-8 offset in a template's text.
    static func place(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        for position in 0..<end where bytes[position] == 0x0A {
            line += 1
            lineStart = position + 1
        }
        return (line, String(decoding: bytes[lineStart..<end], as: UTF8.self).count + 1)
    }
}
