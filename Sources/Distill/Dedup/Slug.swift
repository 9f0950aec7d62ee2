import Foundation

/// URL- and file-safe names from titles: lowercase ASCII letters, digits and dashes.
enum Slug {
    static func make(_ title: String) -> String {
        if title.isAllASCII { return makeFromASCII(title) }
        var out = ""
        var pendingDash = false
        for scalar in title.decomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar.isASCII, scalar.properties.isAlphabetic || (48...57).contains(scalar.value) {
                if pendingDash, !out.isEmpty { out.append("-") }
                pendingDash = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return trimmed(out)
    }

    /// `make` for ASCII titles, which need no decomposition: on the bytes.
    private static func makeFromASCII(_ title: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(title.utf8.count)
        var pendingDash = false
        for byte in title.utf8 {
            if byte.isASCIILetter || byte.isASCIIDigit {
                if pendingDash, !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingDash = false
                out.append(byte.isASCIIUppercase ? byte + 32 : byte)
            } else {
                pendingDash = true
            }
        }
        return trimmed(String(decoding: out, as: UTF8.self))
    }

    /// At most 60 characters, without a dash at the end; `topic` when nothing is left.
    private static func trimmed(_ slug: String) -> String {
        var out = slug
        if out.count > 60 {
            out = String(out.prefix(60))
            while out.hasSuffix("-") { out.removeLast() }
        }
        return out.isEmpty ? "topic" : out
    }
}
