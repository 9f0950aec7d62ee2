extension String {
    /// The text with `& < > " '` replaced by entities, safe in HTML text and attributes.
    public var htmlEscaped: String {
        // Most text has nothing to escape; finding that out on the UTF-8 bytes is cheap.
        guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return self }
        var out = ""
        out.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            if let entity = Self.entity(for: scalar) { out += entity } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// The entity that stands for `scalar` in escaped HTML, if it needs one.
    private static func entity(for scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "&": "&amp;"
        case "<": "&lt;"
        case ">": "&gt;"
        case "\"": "&quot;"
        case "'": "&#39;"
        default: nil
        }
    }
}
