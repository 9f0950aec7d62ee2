import Foundation

extension StringProtocol {
    /// Whether the text's UTF-8 holds `byte`, found with `memchr`.
    func containsByte(_ byte: UInt8) -> Bool {
        let found = utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
        return found ?? utf8.contains(byte)
    }

    /// Whether a UTF-8 byte of the text satisfies `predicate`. Read through a pointer where
    /// the text holds its bytes in one piece (native text does): through the view, a deck's
    /// long fields and every fact's digit check cost several times more.
    func containsByte(where predicate: (UInt8) -> Bool) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(where: predicate) } ?? utf8.contains(where: predicate)
    }

    /// Whether `needle` occurs in the text, compared byte for byte: the literal search
    /// Foundation's `contains` makes, without its round trip through UTF-16.
    func containsLiteral(_ needle: String) -> Bool {
        literalOffsets(of: needle) != nil
    }

    /// The first place `needle` occurs in the text, compared byte for byte, as Foundation's
    /// `range(of:)` without options finds it.
    func literalRange(of needle: String) -> Range<Index>? {
        guard let offsets = literalOffsets(of: needle) else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: offsets.lowerBound)
        return start..<utf8.index(start, offsetBy: offsets.count)
    }

    /// UTF-8 offsets of the first occurrence of `needle`.
    private func literalOffsets(of needle: String) -> Range<Int>? {
        var pattern = needle
        return pattern.withUTF8 { pattern in
            if let found = utf8.withContiguousStorageIfAvailable({ Self.find(pattern, in: $0) }) { return found }
            return Array(utf8).withUnsafeBufferPointer { Self.find(pattern, in: $0) }
        }
    }

    private static func find(_ pattern: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard let first = pattern.first, pattern.count <= bytes.count else { return nil }
        var start = 0
        let last = bytes.count - pattern.count
        while start <= last {
            if bytes[start] == first {
                var offset = 1
                while offset < pattern.count, bytes[start + offset] == pattern[offset] { offset += 1 }
                if offset == pattern.count { return start..<start + pattern.count }
            }
            start += 1
        }
        return nil
    }
}
