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
        var out = String()
        out.reserveCapacity(text.utf8.count)
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "$", let (symbol, end) = singleSymbol(text, at: index) {
                out += symbol
                index = end
            } else {
                out.append(text[index])
                index = text.index(after: index)
            }
        }
        return out
    }

    /// Reads `$ \name $` at `start`; nil if it is not one known symbol command.
    private static func singleSymbol(_ text: String, at start: String.Index) -> (String, String.Index)? {
        var index = text.index(after: start)
        guard index < text.endIndex, text[index] != "$" else { return nil }
        while index < text.endIndex, text[index] == " " { index = text.index(after: index) }
        guard index < text.endIndex, text[index] == "\\" else { return nil }
        index = text.index(after: index)
        let nameStart = index
        while index < text.endIndex, text[index].isASCII, text[index].isLetter { index = text.index(after: index) }
        guard let symbol = symbols[String(text[nameStart..<index])] else { return nil }
        while index < text.endIndex, text[index] == " " { index = text.index(after: index) }
        guard index < text.endIndex, text[index] == "$" else { return nil }
        return (symbol, text.index(after: index))
    }

    /// A line made only of `$\symbol$` groups, arrows and spaces: a drawing the OCR could not read.
    static func isNoiseLine(_ content: String) -> Bool {
        guard content.contains("$\\") else { return false }
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
