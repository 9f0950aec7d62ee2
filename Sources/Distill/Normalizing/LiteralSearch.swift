extension StringProtocol {
    /// Whether `needle` occurs in the text, compared byte for byte: the literal search
    /// Foundation's `contains` makes, without its round trip through UTF-16.
    func containsLiteral(_ needle: StaticString) -> Bool {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        if let found = utf8.withContiguousStorageIfAvailable({ Self.find(pattern, in: $0) }) { return found }
        return Array(utf8).withUnsafeBufferPointer { Self.find(pattern, in: $0) }
    }

    private static func find(_ pattern: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = pattern.first, pattern.count <= bytes.count else { return false }
        var start = 0
        let last = bytes.count - pattern.count
        while start <= last {
            if bytes[start] == first {
                var offset = 1
                while offset < pattern.count, bytes[start + offset] == pattern[offset] { offset += 1 }
                if offset == pattern.count { return true }
            }
            start += 1
        }
        return false
    }
}
