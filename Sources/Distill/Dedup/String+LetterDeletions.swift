extension String {
    /// The text with one character left out, once for each position: two words one slip apart
    /// (a letter added, dropped or changed, or two neighbours swapped) share one of these.
    var oneLetterDeletions: [String] {
        let bytes = utf8
        // In ASCII every character is a byte, but for CR LF: such text is cut on its bytes.
        if bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            let count = bytes.count
            return withContiguousASCII { source in
                (0..<count).map { index in
                    String(unsafeUninitializedCapacity: count - 1) { target in
                        _ = target.initialize(fromContentsOf: source[..<index])
                        _ = target[index...].initialize(fromContentsOf: source[(index + 1)...])
                        return count - 1
                    }
                }
            }
        }
        let characters = Array(self)
        return characters.indices.map { index in
            var copy = characters
            copy.remove(at: index)
            return String(copy)
        }
    }

    /// `body` of the text's UTF-8 bytes, in place when the string stores them contiguously.
    private func withContiguousASCII<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(utf8).withUnsafeBufferPointer(body)
    }
}
