import Foundation

/// Pretty-printed JSON built by appending bytes, in exactly the layout `JSONEncoder` writes
/// with `.prettyPrinted, .sortedKeys, .withoutEscapingSlashes`: two spaces per level,
/// `"key" : value`, and an empty array or object with a blank line inside. The caller writes
/// an object's keys in sorted order. Used for the large, simply shaped parts of facts.json,
/// where an encoder's boxed tree of every value costs far more than the text.
struct JSONText {
    private(set) var bytes: [UInt8] = []
    /// Levels of indentation outside the value being written.
    private let baseDepth: Int
    /// Per open array or object, whether it has a member yet.
    private var open: [Bool] = []

    /// `capacity` is how many bytes the text is expected to take, made room for at once.
    init(baseDepth: Int = 0, capacity: Int = 0) {
        self.baseDepth = baseDepth
        bytes.reserveCapacity(capacity)
    }

    mutating func beginObject() {
        append("{\n")
        open.append(false)
    }

    mutating func endObject() {
        close("}")
    }

    mutating func beginArray() {
        append("[\n")
        open.append(false)
    }

    mutating func endArray() {
        close("]")
    }

    /// Starts the member `name` of the innermost object; its value follows. Names are the
    /// program's own, written as they are: no name needs escaping.
    mutating func key(_ name: StaticString) {
        startMember()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: " "))
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
    }

    /// Starts the next element of the innermost array; its value follows.
    mutating func element() {
        startMember()
    }

    mutating func string(_ text: String) {
        var text = text
        let start = bytes.count
        // One pass: quotes and backslashes are escaped as they come, and a control character
        // undoes what was written, to be escaped by the encoder itself (rare; it is the
        // authority). Eight bytes are passed over at once while none of them needs a look.
        let plain = text.withUTF8 { utf8 in
            bytes.append(UInt8(ascii: "\""))
            var run = 0
            var index = 0
            while index < utf8.count {
                if index + 8 <= utf8.count,
                   !Self.needsEscape(UnsafeRawPointer(utf8.baseAddress! + index).loadUnaligned(as: UInt64.self)) {
                    index += 8
                    continue
                }
                let byte = utf8[index]
                if byte < 0x20 { return false }
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<index]))
                    bytes.append(UInt8(ascii: "\\"))
                    bytes.append(byte)
                    run = index + 1
                }
                index += 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...]))
            bytes.append(UInt8(ascii: "\""))
            return true
        }
        if !plain {
            bytes.removeSubrange(start...)
            encoded(text)
        }
    }

    /// Whether any of eight bytes is a control character, a quote or a backslash.
    static func needsEscape(_ word: UInt64) -> Bool {
        ByteWord.below(word, 0x20) | ByteWord.equal(word, UInt8(ascii: "\"")) | ByteWord.equal(word, UInt8(ascii: "\\")) != 0
    }

    mutating func number(_ value: Int) {
        append(String(value))
    }

    /// The member `name` with a string value, or nothing when there is none.
    mutating func optional(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    /// An array whose elements `write` appends. Each element is read in place: a copy of
    /// each would retain every string it holds.
    mutating func array<Element>(_ elements: [Element], _ write: (Element, inout JSONText) -> Void) {
        beginArray()
        for index in elements.indices {
            self.element()
            write(elements[index], &self)
        }
        endArray()
    }

    /// `value` as the encoder writes it, its lines after the first indented to this place but
    /// for blank ones (an empty array or object is printed with a blank line inside). Strings
    /// never hold a raw line break, so every `\n` starts a line.
    mutating func encoded<Value: Encodable>(_ value: Value) {
        guard let data = try? Self.encoder.encode(value) else {
            append("null")
            return
        }
        let indent = [UInt8](repeating: UInt8(ascii: " "), count: 2 * (baseDepth + open.count))
        var atLineStart = false
        for byte in data {
            if atLineStart && byte != UInt8(ascii: "\n") { bytes.append(contentsOf: indent) }
            bytes.append(byte)
            atLineStart = byte == UInt8(ascii: "\n")
        }
    }

    /// A line break after the document.
    mutating func newline() {
        append("\n")
    }

    /// The encoder whose layout this text follows.
    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    private mutating func startMember() {
        if open[open.count - 1] { append(",\n") }
        open[open.count - 1] = true
        indent(open.count)
    }

    private mutating func close(_ bracket: String) {
        open.removeLast()
        append("\n")
        indent(open.count)
        append(bracket)
    }

    private mutating func indent(_ level: Int) {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * (baseDepth + level)))
    }

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }
}
