import Crypto
import Foundation

/// Short, stable identifiers from text: the same text gives the same id on every machine and run.
enum StableHash {
    private static let digits = Array("0123456789abcdef")

    /// The first `length` hex digits of the SHA-256 of `text`.
    static func hex(_ text: String, length: Int = 12) -> String {
        let digest = SHA256.hash(data: Data(text.utf8))
        var hex = ""
        hex.reserveCapacity(length)
        for byte in digest {
            guard hex.count < length else { break }
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(hex.prefix(length))
    }
}
