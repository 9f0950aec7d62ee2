import Crypto
import Foundation

/// Short, stable identifiers from text: the same text gives the same id on every machine and run.
enum StableHash {
    /// The first `length` hex digits of the SHA-256 of `text`.
    static func hex(_ text: String, length: Int = 12) -> String {
        let digest = SHA256.hash(data: Data(text.utf8))
        return digest.map { String(format: "%02x", $0) }.joined().prefix(length).description
    }
}
