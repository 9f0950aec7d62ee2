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
        guard text.containsByte(UInt8(ascii: "&")) else { return text }
        let scalars = text.unicodeScalars
        var out = String()
        out.reserveCapacity(text.utf8.count)
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            guard scalar == "&" else {
                out.unicodeScalars.append(scalar)
                continue
            }
            var end = index
            var length = 0
            while end < scalars.endIndex, length < 12, scalars[end].isASCII,
                scalars[end].properties.isAlphabetic || ("0"..."9").contains(scalars[end]) || scalars[end] == "#"
            {
                end = scalars.index(after: end)
                length += 1
            }
            if end < scalars.endIndex, scalars[end] == ";", length > 0,
                let value = decodeReference(Substring(scalars[index..<end]))
            {
                out += value
                index = scalars.index(after: end)
            } else {
                out.unicodeScalars.append("&")
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
