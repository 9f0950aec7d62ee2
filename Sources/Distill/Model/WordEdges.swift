/// A word's first and last byte and its length in bytes: what the screens in front of word
/// sets read (`WordScreen`, `CompoundVocabulary`) before they hash a word.
struct WordEdges {
    let first: UInt8
    let last: UInt8
    let count: Int

    /// The edges of bytes that are not empty.
    init(_ bytes: some Collection<UInt8>) {
        (first, last, count) = (bytes.first!, bytes[bytes.index(bytes.endIndex, offsetBy: -1)], bytes.count)
    }

    /// Nil for the empty word. The bytes are read in one piece: stepping back from the end of a
    /// string's UTF-8 view to its last byte costs about a hundred instructions.
    @inline(__always)
    init?(_ word: String) {
        guard let edges = word.utf8.withContiguousStorageIfAvailable({ $0.isEmpty ? nil : WordEdges($0) })
            ?? Array(word.utf8).withUnsafeBufferPointer({ $0.isEmpty ? nil : WordEdges($0) })
        else { return nil }
        self = edges
    }
}
