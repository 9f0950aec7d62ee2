/// LaTeX symbol commands that OCR tools emit for hand-drawn arrows and signs.
enum LatexSymbols {
    static let symbols: [String: String] = [
        "rightarrow": "→", "to": "→", "longrightarrow": "→", "leftarrow": "←", "longleftarrow": "←",
        "gets": "←", "Rightarrow": "⇒", "Longrightarrow": "⇒", "implies": "⇒", "Leftarrow": "⇐",
        "leftrightarrow": "↔", "Leftrightarrow": "⇔", "iff": "⇔", "uparrow": "↑", "downarrow": "↓",
        "Uparrow": "⇑", "Downarrow": "⇓", "nearrow": "↗", "searrow": "↘", "hookrightarrow": "↪",
        "mapsto": "↦", "times": "×", "div": "÷", "pm": "±", "approx": "≈", "neq": "≠", "ne": "≠",
        "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥", "cdot": "·", "bullet": "•", "infty": "∞",
        "checkmark": "✓", "star": "⋆", "circ": "∘", "degree": "°", "therefore": "∴",
        "because": "∵", "sim": "∼", "equiv": "≡", "propto": "∝", "in": "∈", "cup": "∪", "cap": "∩",
    ]

    /// Replaces `$\rightarrow$`-style inline math that holds one symbol with the symbol.
    static func replacingInline(in text: String) -> String {
        let scalars = text.unicodeScalars
        var out = String()
        out.reserveCapacity(text.utf8.count)
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if scalars[index] == "$", let (symbol, end) = singleSymbol(scalars, at: index) {
                out += symbol
                index = end
            } else {
                out.unicodeScalars.append(scalars[index])
                index = scalars.index(after: index)
            }
        }
        return out
    }

    /// Reads `$ \name $` at `start`; nil if it is not one known symbol command.
    private static func singleSymbol(_ scalars: String.UnicodeScalarView, at start: String.Index) -> (String, String.Index)? {
        var index = scalars.index(after: start)
        while index < scalars.endIndex, scalars[index] == " " { index = scalars.index(after: index) }
        guard index < scalars.endIndex, scalars[index] == "\\" else { return nil }
        index = scalars.index(after: index)
        let nameStart = index
        while index < scalars.endIndex, scalars[index].isASCII, scalars[index].properties.isAlphabetic {
            index = scalars.index(after: index)
        }
        guard index > nameStart, let symbol = symbols[String(scalars[nameStart..<index])] else { return nil }
        while index < scalars.endIndex, scalars[index] == " " { index = scalars.index(after: index) }
        guard index < scalars.endIndex, scalars[index] == "$" else { return nil }
        return (symbol, scalars.index(after: index))
    }

    /// A line made only of `$\symbol$` groups, arrows and spaces: a drawing the OCR could not read.
    static func isNoiseLine(_ content: String) -> Bool {
        guard content.containsLiteral("$\\") else { return false }
        let replaced = replacingInline(in: content)
        return replaced.unicodeScalars.allSatisfy { SourceLine.isSpace($0) || isArrow($0) || symbols.values.contains(String($0)) }
    }

    static func isArrow(_ scalar: Unicode.Scalar) -> Bool {
        (0x2190...0x21FF).contains(scalar.value) || (0x27F0...0x27FF).contains(scalar.value)
            || (0x2900...0x297F).contains(scalar.value)
    }

    /// `Network (NIA) → → → →`: a run of two or more trailing arrows is drawing residue.
    static func trimmingArrowTail(_ text: String) -> String {
        let scalars = text.unicodeScalars
        var end = scalars.endIndex
        var arrows = 0
        while end > scalars.startIndex {
            let before = scalars.index(before: end)
            let scalar = scalars[before]
            if isArrow(scalar) {
                arrows += 1
            } else if !SourceLine.isSpace(scalar) {
                break
            }
            end = before
        }
        guard arrows >= 2, end > scalars.startIndex else { return text }
        return String(scalars[..<end])
    }
}
