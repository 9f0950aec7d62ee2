/// Hands out file names and fragment ids that are safe on every filesystem and in URLs,
/// and never the same twice.
struct PageNames {
    private var used: Set<String>

    /// `reserved` names are never handed out, e.g. `all` beside the cheat sheets' `all.html`.
    init(reserved: Set<String> = []) {
        used = reserved
    }

    /// A unique name made from `raw`: lowercase ASCII letters, digits and `-`, with `-2`, `-3`
    /// appended when an earlier name took it.
    mutating func claim(_ raw: String, prefix: String = "", fallback: String) -> String {
        let base = prefix + (Self.sanitized(raw).nonEmpty ?? fallback)
        var name = base
        var counter = 2
        while !used.insert(name).inserted {
            name = "\(base)-\(counter)"
            counter += 1
        }
        return name
    }

    /// Keeps `[a-z0-9_]`, turns every other run of characters into one `-`, trims `-` at the ends.
    static func sanitized(_ raw: String) -> String {
        guard raw.isAllASCII else { return sanitizedScalars(raw) }
        // ASCII lowercases byte by byte, and every byte kept is a character of its own.
        var out: [UInt8] = []
        out.reserveCapacity(min(raw.utf8.count, 80))
        var pendingDash = false
        for byte in raw.utf8 {
            let lower = byte.isASCIIUppercase ? byte + 0x20 : byte
            if lower.isASCIILetter || lower.isASCIIDigit || lower == UInt8(ascii: "_") {
                if pendingDash && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingDash = false
                out.append(lower)
                if out.count >= 80 { break }
            } else {
                pendingDash = true
            }
        }
        return String(decoding: out.prefix(80), as: UTF8.self)
    }

    /// `sanitized` for any text, scalar by scalar after lowercasing it whole: some characters
    /// beyond ASCII lowercase to ASCII letters.
    static func sanitizedScalars(_ raw: String) -> String {
        var out = ""
        var pendingDash = false
        for scalar in raw.lowercased().unicodeScalars {
            let isKept = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_"
            if isKept {
                if pendingDash && !out.isEmpty { out += "-" }
                pendingDash = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        // Long names trouble some filesystems; 80 characters keep them readable and unique enough.
        return String(out.prefix(80))
    }
}

extension String {
    fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}
