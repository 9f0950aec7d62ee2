import Crypto
import Foundation

/// Short, stable identifiers from text: the same text gives the same id on every machine and run.
enum StableHash {
    private static let digits = Array("0123456789abcdef".utf8)

    /// The first `length` hex digits of the SHA-256 of `text`.
    static func hex(_ text: String, length: Int = 12) -> String {
        var text = text
        // Hashed in place from the string's own UTF-8, without a copy into `Data`.
        let digest = text.withUTF8 { SHA256.hash(data: UnsafeRawBufferPointer($0)) }
        var hex: [UInt8] = []
        hex.reserveCapacity(length + 1)
        for byte in digest {
            guard hex.count < length else { break }
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex.prefix(length), as: UTF8.self)
    }
}
