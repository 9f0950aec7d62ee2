/// Hands out file names and fragment ids that are safe on every filesystem and in URLs,
/// and never the same twice.
struct PageNames {
    private var used: Set<String>

    /// `reserved` names are never handed out, e.g. `all` beside the cheat sheets' `all.html`.
    init(reserved: Set<String> = []) {
        used = reserved
    }

    /// Names for about `capacity` things, made room for at once.
    init(capacity: Int) {
        used = Set(minimumCapacity: capacity)
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
        // ASCII lowercases byte by byte; other text is lowercased whole, as some characters
        // beyond ASCII lowercase to ASCII letters.
        guard raw.isAllASCII else { return sanitizedScalars(raw) }
        return sanitized(lowercased: raw.utf8.lazy.map { UInt32($0.isASCIIUppercase ? $0 + 0x20 : $0) })
    }

    /// `sanitized` for any text, scalar by scalar after lowercasing it whole.
    static func sanitizedScalars(_ raw: String) -> String {
        sanitized(lowercased: raw.lowercased().unicodeScalars.lazy.map(\.value))
    }

    /// `sanitized` of text already lowercased, as scalar values: every value kept is ASCII.
    private static func sanitized(lowercased values: some Sequence<UInt32>) -> String {
        var out: [UInt8] = []
        var pendingDash = false
        for value in values {
            let isKept = (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) || value == 0x5F
            if isKept {
                if pendingDash && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingDash = false
                out.append(UInt8(value))
                // Long names trouble some filesystems; 80 characters keep them readable and
                // unique enough.
                if out.count >= 80 { break }
            } else {
                pendingDash = true
            }
        }
        return String(decoding: out.prefix(80), as: UTF8.self)
    }
}

extension String {
    fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}
