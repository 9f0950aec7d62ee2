/// Escaping for a double-quoted JavaScript string that may sit inside HTML: quotes and
/// backslashes are escaped, `<`, `>` and `&` become `\u003C`-style escapes (no `</script>`
/// or `<!--` break-out), and so do control characters and U+2028/U+2029, which end lines
/// in older JavaScript.
enum JavaScriptString {
    static func literal(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 2)
        append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the literal to a script being written as UTF-8. Works on the bytes: every
    /// character it escapes but U+2028 and U+2029 is ASCII, and those two are always the bytes
    /// `E2 80 A8` and `E2 80 A9`.
    static func append(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var index = 0
            // The bytes that need no escape are copied a run at a time, from `copied` on.
            var copied = 0
            while index < utf8.count {
                let byte = utf8[index]
                let isLineSeparator = byte == 0xE2 && index + 2 < utf8.count && utf8[index + 1] == 0x80
                    && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9)
                guard Self.escapes(byte) || isLineSeparator else {
                    index += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copied..<index]))
                if byte == 0xE2 {
                    unicodeEscape(utf8[index + 2] == 0xA8 ? 0x2028 : 0x2029, into: &out)
                    index += 3
                } else {
                    out.append(contentsOf: Self.asciiEscapes[Int(byte)])
                    index += 1
                }
                copied = index
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copied...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The escape of each ASCII byte that `escapes`, made once: HTML in a card's text writes
    /// many quotes and angle brackets.
    private static let asciiEscapes: [[UInt8]] = (0..<128).map { value in
        let byte = UInt8(value)
        switch byte {
        case UInt8(ascii: "\""): return Array("\\\"".utf8)
        case UInt8(ascii: "'"): return Array("\\u0027".utf8)
        case UInt8(ascii: "\\"): return Array("\\\\".utf8)
        case UInt8(ascii: "\n"): return Array("\\n".utf8)
        case UInt8(ascii: "\r"): return Array("\\r".utf8)
        case UInt8(ascii: "\t"): return Array("\\t".utf8)
        default:
            var escape: [UInt8] = []
            if escapes(byte) { unicodeEscape(UInt16(byte), into: &escape) }
            return escape
        }
    }

    /// The ASCII bytes written as an escape: quotes, backslash, `<`, `>`, `&`, control
    /// characters and DEL.
    private static func escapes(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "\\"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), 0x7F, ..<0x20: true
        default: false
        }
    }

    /// Appends `[a,b,…]`, an array of the texts as literals.
    static func appendArray(_ texts: [String], to out: inout [UInt8]) {
        out.append(UInt8(ascii: "["))
        for (index, text) in texts.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            append(text, to: &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    /// `\u` and four uppercase hex digits.
    private static func unicodeEscape(_ value: UInt16, into out: inout [UInt8]) {
        out.append(contentsOf: "\\u".utf8)
        for shift in stride(from: 12, through: 0, by: -4) {
            let digit = UInt8((value >> UInt16(shift)) & 0xF)
            out.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "A") + digit - 10)
        }
    }
}
