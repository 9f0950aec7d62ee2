extension String {
    /// The text with `& < > " '` replaced by entities, safe in HTML text and attributes.
    public var htmlEscaped: String {
        // Most text has nothing to escape; finding that out on the UTF-8 bytes is cheap.
        guard needsHTMLEscaping else { return self }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 16)
        appendHTMLEscaped(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `htmlEscaped` would change the text. Read through a pointer to the bytes where
    /// the text has them in one piece (native text always does): a source badge's tooltip at
    /// scale lists hundreds of places, and is scanned for every fact.
    var needsHTMLEscaping: Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(where: Self.needsEntity) } ?? utf8.contains(where: Self.needsEntity)
    }

    /// Appends the text's UTF-8 bytes to `out` with `& < > " '` replaced by entities, as
    /// `htmlEscaped` would, without building the escaped text first.
    func appendHTMLEscaped(to out: inout [UInt8]) {
        if utf8.withContiguousStorageIfAvailable({ Self.appendEscaped($0, to: &out) }) == nil {
            var text = self
            text.withUTF8 { Self.appendEscaped($0, to: &out) }
        }
    }

    /// Appends `bytes` with each byte to escape replaced by its entity; the runs between are
    /// copied whole.
    private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var start = 0
        for index in 0..<bytes.count where needsEntity(bytes[index]) {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
            let entity = entity(for: bytes[index])
            out.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
            start = index + 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
    }

    /// `&`, `<`, `>`, `"` and `'` are all below 64: one bit each of a 64-bit mask.
    private static let entityMask: UInt64 = [0x26, 0x3C, 0x3E, 0x22, 0x27].reduce(0) { $0 | (1 << $1) }

    private static func needsEntity(_ byte: UInt8) -> Bool {
        byte < 64 && (entityMask >> UInt64(byte)) & 1 != 0
    }

    /// The entity that stands for one of the five bytes `needsEntity` finds.
    private static func entity(for byte: UInt8) -> StaticString {
        switch byte {
        case 0x26: "&amp;"
        case 0x3C: "&lt;"
        case 0x3E: "&gt;"
        case 0x22: "&quot;"
        default: "&#39;"
        }
    }
}

extension [UInt8] {
    /// Appends the text's UTF-8 bytes in one copy. Appended as a sequence of bytes, they were
    /// handed over one at a time.
    mutating func appendUTF8(of text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ append(contentsOf: $0) }) == nil {
            append(contentsOf: text.utf8)
        }
    }
}
