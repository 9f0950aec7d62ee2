import Foundation

/// Pretty-printed JSON built by appending bytes, in exactly the layout `JSONEncoder` writes
/// with `.prettyPrinted, .sortedKeys, .withoutEscapingSlashes`: two spaces per level,
/// `"key" : value`, and an empty array or object with a blank line inside. The caller writes
/// an object's keys in sorted order. Used for the large, simply shaped parts of facts.json,
/// where an encoder's boxed tree of every value costs far more than the text.
///
/// The bytes live in a buffer of its own, which `data()` hands to a `Data` as it is: at scale
/// facts.json is hundreds of megabytes, and copying them into a `Data` cost a fifth of its
/// writing. So the text cannot be copied, only moved.
struct JSONText: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes are written.
    private(set) var count = 0
    /// Levels of indentation outside the value being written.
    private let baseDepth: Int
    /// How many arrays or objects are open, and, a bit per level from the outermost, whether
    /// each has a member yet. No document here nests 64 deep.
    private var depth = 0
    private var hasMember: UInt64 = 0

    /// `capacity` is how many bytes the text is expected to take, made room for at once.
    init(baseDepth: Int = 0, capacity: Int = 0) {
        self.baseDepth = baseDepth
        self.capacity = max(capacity, 64)
        base = Self.allocate(self.capacity)
    }

    deinit {
        free(base)
    }

    /// The text as `Data`, which takes over the buffer.
    consuming func data() -> Data {
        let data = Data(bytesNoCopy: base, count: count, deallocator: .free)
        discard self
        return data
    }

    /// The text as a string, copied.
    var text: String {
        String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
    }

    private static func allocate(_ capacity: Int) -> UnsafeMutablePointer<UInt8> {
        guard let memory = malloc(capacity) else { fatalError("out of memory for \(capacity) bytes of JSON") }
        return memory.assumingMemoryBound(to: UInt8.self)
    }

    /// Makes room for `more` bytes after the written ones.
    private mutating func reserve(_ more: Int) {
        guard count + more > capacity else { return }
        let grown = max(2 * capacity, count + more)
        guard let memory = realloc(base, grown) else { fatalError("out of memory for \(grown) bytes of JSON") }
        base = memory.assumingMemoryBound(to: UInt8.self)
        capacity = grown
    }

    /// Appends bytes room was made for.
    private mutating func put(_ byte: UInt8) {
        base[count] = byte
        count += 1
    }

    private mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let address = bytes.baseAddress, !bytes.isEmpty else { return }
        (base + count).initialize(from: address, count: bytes.count)
        count += bytes.count
    }

    mutating func beginObject() {
        append("{\n")
        open()
    }

    mutating func endObject() {
        close("}")
    }

    mutating func beginArray() {
        append("[\n")
        open()
    }

    mutating func endArray() {
        close("]")
    }

    /// Starts the member `name` of the innermost object; its value follows. Names are the
    /// program's own, written as they are: no name needs escaping.
    mutating func key(_ name: StaticString) {
        startMember()
        reserve(name.utf8CodeUnitCount + 5)
        put(UInt8(ascii: "\""))
        name.withUTF8Buffer { put($0) }
        put(UInt8(ascii: "\""))
        put(UInt8(ascii: " "))
        put(UInt8(ascii: ":"))
        put(UInt8(ascii: " "))
    }

    /// Starts the next element of the innermost array; its value follows.
    mutating func element() {
        startMember()
    }

    mutating func string(_ text: String) {
        var text = text
        let start = count
        // One pass: quotes and backslashes are escaped as they come, and a control character
        // undoes what was written, to be escaped by the encoder itself (rare; it is the
        // authority). Eight bytes are passed over at once while none of them needs a look.
        let plain = text.withUTF8 { utf8 in
            // Room for the quotes and for every byte escaped.
            reserve(2 * utf8.count + 2)
            put(UInt8(ascii: "\""))
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
                    put(UnsafeBufferPointer(rebasing: utf8[run..<index]))
                    put(UInt8(ascii: "\\"))
                    put(byte)
                    run = index + 1
                }
                index += 1
            }
            put(UnsafeBufferPointer(rebasing: utf8[run...]))
            put(UInt8(ascii: "\""))
            return true
        }
        if !plain {
            count = start
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
        InPlace.read(elements) { elements in
            array(count: elements.count) { index, text in write(elements[index], &text) }
        }
    }

    /// An array of `count` elements, the one at each index appended by `write`.
    mutating func array(count: Int, _ write: (Int, inout JSONText) -> Void) {
        beginArray()
        for index in 0..<count {
            self.element()
            write(index, &self)
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
        let indent = 2 * (baseDepth + depth)
        var atLineStart = false
        for byte in data {
            if atLineStart && byte != UInt8(ascii: "\n") { spaces(indent) }
            reserve(1)
            put(byte)
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
        let bit: UInt64 = 1 << (depth - 1)
        if hasMember & bit != 0 { append(",\n") }
        hasMember |= bit
        indent(depth)
    }

    private mutating func open() {
        precondition(depth < 64, "JSON nested deeper than 64 levels")
        depth += 1
        hasMember &= ~(1 << (depth - 1))
    }

    private mutating func close(_ bracket: String) {
        depth -= 1
        append("\n")
        indent(depth)
        append(bracket)
    }

    private mutating func indent(_ level: Int) {
        spaces(2 * (baseDepth + level))
    }

    private mutating func spaces(_ number: Int) {
        reserve(number)
        (base + count).initialize(repeating: UInt8(ascii: " "), count: number)
        count += number
    }

    private mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            reserve(utf8.count)
            put(utf8)
        }
    }
}
