import Foundation

/// A 64-bit checksum of a cache entry's payload, to tell an entry written whole from one that
/// was cut short or damaged on disk.
///
/// It is no cryptographic hash: nothing here guards against someone forging an entry, and
/// what ties an entry to its input is its name, a SHA-256 key. Four lanes of 8-byte words
/// are mixed by multiplying and rotating, so the loop runs at memory speed; SHA-256 of every
/// payload was a fifth of a large rebuild's loading.
enum PayloadChecksum {
    private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private static let prime3: UInt64 = 0x1656_67B1_9E37_79F9
    private static let prime4: UInt64 = 0x85EB_CA77_C2B2_AE63

    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let count = bytes.count
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (prime1 &+ prime2, prime2, 0, 0 &- prime1)
        var offset = 0
        while offset + 32 <= count {
            lanes.0 = step(lanes.0, word(bytes, offset))
            lanes.1 = step(lanes.1, word(bytes, offset + 8))
            lanes.2 = step(lanes.2, word(bytes, offset + 16))
            lanes.3 = step(lanes.3, word(bytes, offset + 24))
            offset += 32
        }
        var hash = lanes.0.rotated(1) &+ lanes.1.rotated(7) &+ lanes.2.rotated(12) &+ lanes.3.rotated(18)
        hash ^= UInt64(count) &* prime3
        while offset + 8 <= count {
            hash = (hash ^ step(0, word(bytes, offset))).rotated(27) &* prime1 &+ prime4
            offset += 8
        }
        while offset < count {
            hash = (hash ^ UInt64(bytes[offset]) &* prime3).rotated(11) &* prime1
            offset += 1
        }
        hash ^= hash >> 33
        hash &*= prime2
        hash ^= hash >> 29
        hash &*= prime3
        hash ^= hash >> 32
        return hash
    }

    static func of(_ bytes: some ContiguousBytes) -> UInt64 {
        bytes.withUnsafeBytes { of($0) }
    }

    /// The checksum as 16 lowercase hex digits, as an entry's header holds it.
    static func hex(_ bytes: some ContiguousBytes) -> String {
        let text = String(of(bytes), radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }

    private static func step(_ lane: UInt64, _ input: UInt64) -> UInt64 {
        (lane &+ input &* prime2).rotated(31) &* prime1
    }

    private static func word(_ bytes: UnsafeRawBufferPointer, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }
}

private extension UInt64 {
    func rotated(_ bits: UInt64) -> UInt64 {
        (self << bits) | (self >> (64 - bits))
    }
}
