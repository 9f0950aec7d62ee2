import Foundation

/// A value the extraction cache stores in its compact binary form.
///
/// The layout has no field names and no padding: integers are LEB128 varints (zigzag for
/// signed values), strings and arrays a varint count followed by their UTF-8 bytes or
/// elements, optionals a 0/1 byte, enums a tag byte before their payload. Every read is
/// checked against the bytes left, so a damaged payload fails to decode instead of being
/// believed.
protocol BinaryCodable {
    func encode(to writer: inout BinaryWriter)
    init(from reader: inout BinaryReader) throws(BinaryReader.Malformed)
}

/// Builds a binary payload, appending each value in turn.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func writeUnsigned(_ value: UInt) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func writeTag(_ tag: UInt8) {
        bytes.append(tag)
    }

    mutating func write(_ value: some BinaryCodable) {
        value.encode(to: &self)
    }

    mutating func write(_ value: (some BinaryCodable)?) {
        if let value {
            bytes.append(1)
            value.encode(to: &self)
        } else {
            bytes.append(0)
        }
    }

    mutating func write(_ values: [some BinaryCodable]) {
        writeUnsigned(UInt(values.count))
        for value in values { value.encode(to: &self) }
    }

    /// A string enum by its raw value, so reordering cases never misreads an old entry.
    mutating func write<Value: RawRepresentable>(raw value: Value) where Value.RawValue == String {
        value.rawValue.encode(to: &self)
    }

    fileprivate mutating func append(utf8 buffer: UnsafeBufferPointer<UInt8>) {
        writeUnsigned(UInt(buffer.count))
        bytes.append(contentsOf: buffer)
    }
}

/// Reads a binary payload front to back; every read fails on bytes that cannot be right.
struct BinaryReader {
    /// The payload is truncated, has bytes left over, or holds a value no writer makes.
    struct Malformed: Error {}

    private let bytes: [UInt8]
    private var position = 0
    /// The path `readPath` read last and the titles `readTitles` read last, with the bytes
    /// each was read from.
    private var lastPath: (bytes: Range<Int>, path: SourcePath)?
    private var lastTitles: (bytes: Range<Int>, titles: [String])?

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { position == bytes.count }

    mutating func readUnsigned() throws(Malformed) -> UInt {
        var value: UInt = 0
        var shift: UInt = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw Malformed() }
            let byte = bytes[position]
            position += 1
            let bits = UInt(byte & 0x7F)
            // The tenth byte may carry only the top bit of a 64-bit value.
            guard shift < 63 || bits <= 1 else { throw Malformed() }
            value |= bits << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    mutating func readTag() throws(Malformed) -> UInt8 {
        guard position < bytes.count else { throw Malformed() }
        defer { position += 1 }
        return bytes[position]
    }

    /// A count of things that each take at least one byte, so it cannot exceed the bytes left.
    mutating func readCount() throws(Malformed) -> Int {
        let count = try readUnsigned()
        guard count <= UInt(bytes.count - position) else { throw Malformed() }
        return Int(count)
    }

    mutating func read<Value: BinaryCodable>(_: Value.Type = Value.self) throws(Malformed) -> Value {
        try Value(from: &self)
    }

    mutating func readOptional<Value: BinaryCodable>(_: Value.Type = Value.self) throws(Malformed) -> Value? {
        switch try readTag() {
        case 0: return nil
        case 1: return try Value(from: &self)
        default: throw Malformed()
        }
    }

    mutating func readArray<Value: BinaryCodable>(_: Value.Type = Value.self) throws(Malformed) -> [Value] {
        let count = try readCount()
        var values: [Value] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try Value(from: &self)) }
        return values
    }

    mutating func read<Value: RawRepresentable>(raw _: Value.Type = Value.self) throws(Malformed) -> Value
    where Value.RawValue == String {
        guard let value = Value(rawValue: try String(from: &self)) else { throw Malformed() }
        return value
    }

    fileprivate mutating func readString() throws(Malformed) -> String {
        let count = try readCount()
        let start = position
        position += count
        return bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<start + count]), as: UTF8.self)
        }
    }

    /// An array of strings, as `readArray` reads it, but the array read last by this method
    /// when the bytes spell it again. A note's facts each name their headings' titles, and
    /// facts under one heading follow each other: they share one array of titles, where each
    /// fact read back had made its own copy of every title.
    mutating func readTitles() throws(Malformed) -> [String] {
        let start = position
        // The bytes the array takes, found without making its strings.
        for _ in 0..<(try readCount()) {
            position += try readCount()
        }
        if let last = lastTitles, spellSame(last.bytes, start..<position) { return last.titles }
        let end = position
        position = start
        let titles = try readArray(String.self)
        lastTitles = (start..<end, titles)
        return titles
    }

    /// A path, as `readString` reads it, but the path read last when the bytes spell it
    /// again. Every origin of a note's facts names the note's file: read as strings of their
    /// own, a large corpus's origins held hundreds of thousands of copies of a few hundred
    /// paths, each a separate allocation that every later look at an origin had to fetch.
    mutating func readPath() throws(Malformed) -> SourcePath {
        let start = position
        position += try readCount()
        if let last = lastPath, spellSame(last.bytes, start..<position) { return last.path }
        let end = position
        position = start
        let path = SourcePath(try readString())
        lastPath = (start..<end, path)
        return path
    }

    /// Whether two ranges of the payload hold the same bytes.
    private func spellSame(_ first: Range<Int>, _ second: Range<Int>) -> Bool {
        first.count == second.count && bytes.withUnsafeBytes { payload in
            memcmp(payload.baseAddress! + first.lowerBound, payload.baseAddress! + second.lowerBound, first.count) == 0
        }
    }
}

extension Int: BinaryCodable {
    /// Zigzag: small negative numbers stay short too.
    func encode(to writer: inout BinaryWriter) {
        writer.writeUnsigned(UInt(bitPattern: (self << 1) ^ (self >> (Int.bitWidth - 1))))
    }

    init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        let zigzag = try reader.readUnsigned()
        self = Int(bitPattern: zigzag >> 1) ^ -Int(bitPattern: zigzag & 1)
    }
}

extension Bool: BinaryCodable {
    func encode(to writer: inout BinaryWriter) {
        writer.writeTag(self ? 1 : 0)
    }

    init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        switch try reader.readTag() {
        case 0: self = false
        case 1: self = true
        default: throw BinaryReader.Malformed()
        }
    }
}

extension String: BinaryCodable {
    func encode(to writer: inout BinaryWriter) {
        var text = self
        text.withUTF8 { writer.append(utf8: $0) }
    }

    /// Invalid UTF-8 is repaired, never trusted as is; the entry's checksum has already
    /// turned away payloads that were not written whole.
    init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        self = try reader.readString()
    }
}
