/// Decodes the HTML character references that scraped pages leave in their text.
enum HTMLEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "ndash": "–", "mdash": "—", "hellip": "…", "lsquo": "‘", "rsquo": "’",
        "ldquo": "“", "rdquo": "”", "bull": "•", "middot": "·", "copy": "©", "reg": "®",
        "trade": "™", "deg": "°", "times": "×", "divide": "÷", "plusmn": "±", "laquo": "«",
        "raquo": "»", "euro": "€", "pound": "£", "cent": "¢", "sect": "§", "para": "¶",
        "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓", "harr": "↔", "rArr": "⇒",
        "ge": "≥", "le": "≤", "ne": "≠", "asymp": "≈", "micro": "µ", "alpha": "α", "beta": "β",
        "gamma": "γ", "delta": "δ", "Delta": "Δ", "pi": "π", "sigma": "σ", "Sigma": "Σ",
        "mu": "μ", "lambda": "λ", "omega": "ω", "Omega": "Ω", "theta": "θ", "deg;C": "℃",
        "frac12": "½", "frac14": "¼", "frac34": "¾", "sup2": "²", "sup3": "³", "shy": "",
        "zwj": "", "zwnj": "", "minus": "−", "oslash": "ø", "Oslash": "Ø", "auml": "ä", "ouml": "ö",
        "uuml": "ü", "eacute": "é", "egrave": "è", "aacute": "á", "ccedil": "ç", "szlig": "ß", "thinsp": " ", "ensp": " ", "emsp": " ",
    ]

    /// Replaces `&name;`, `&#123;` and `&#x7B;` with their characters; unknown names stay.
    static func decode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var out = String()
        out.reserveCapacity(text.utf8.count)
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            guard character == "&" else {
                out.append(character)
                index = text.index(after: index)
                continue
            }
            let nameStart = text.index(after: index)
            var end = nameStart
            var length = 0
            while end < text.endIndex, length < 12, text[end] != ";", text[end].isLetter || text[end].isNumber || text[end] == "#" {
                end = text.index(after: end)
                length += 1
            }
            if end < text.endIndex, text[end] == ";", length > 0, let value = decodeReference(text[nameStart..<end]) {
                out.append(value)
                index = text.index(after: end)
            } else {
                out.append("&")
                index = nameStart
            }
        }
        return out
    }

    private static func decodeReference(_ name: Substring) -> String? {
        if name.first == "#" {
            let body = name.dropFirst()
            let value: UInt32?
            if body.first == "x" || body.first == "X" {
                value = UInt32(body.dropFirst(), radix: 16)
            } else {
                value = UInt32(body, radix: 10)
            }
            guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
            if scalar.value < 0x20 { return " " }
            return scalar == "\u{A0}" ? " " : String(scalar)
        }
        return named[String(name)]
    }
}
