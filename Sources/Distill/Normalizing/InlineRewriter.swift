/// Rewrites the inline text of one line: HTML leftovers, LaTeX arrows and OCR punctuation.
///
/// Every pass is a single left-to-right scan, so a 5 MB line costs a few scans and no more.
struct InlineRewriter: Sendable {
    /// The source is real markdown: keep its syntax, only tidy HTML leftovers.
    let markdown: Bool

    func rewrite(_ text: String) -> String {
        var text = text
        if !markdown, text.containsByte(UInt8(ascii: "&")) { text = HTMLEntities.decode(text) }
        if text.containsByte(UInt8(ascii: "$")) { text = LatexSymbols.replacingInline(in: text) }
        if text.containsByte(UInt8(ascii: "<")) { text = rewriteTags(text) }
        if !markdown, text.containsByte(UInt8(ascii: ":")) { text = Self.foldingColonDash(text) }
        if text.unicodeScalars.last.map(LatexSymbols.isArrow) == true { text = LatexSymbols.trimmingArrowTail(text) }
        return text
    }

    // MARK: - HTML tags

    /// Tags whose text is the point: the tag goes, the text stays.
    private static let transparentTags: Set<String> = [
        "sup", "sub", "span", "font", "u", "ins", "small", "big", "mark", "ul", "ol", "li", "p", "div",
        "b", "i", "em", "strong", "center", "abbr", "cite", "section", "article", "nav", "header",
        "footer", "main", "aside", "tbody", "thead", "tt",
    ]

    private func rewriteTags(_ text: String) -> String {
        let scalars = text.unicodeScalars
        var out = String()
        out.reserveCapacity(text.utf8.count)
        var index = scalars.startIndex
        var insideCode = false
        var previous: Unicode.Scalar = " "
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "`" { insideCode.toggle() }
            guard scalar == "<", !insideCode, previous != "\\", let tag = HTMLTag.parse(text, at: index) else {
                out.unicodeScalars.append(scalar)
                previous = scalar
                index = scalars.index(after: index)
                continue
            }
            previous = ">"
            if tag.name == "a", !tag.isClosing {
                if let link = HTMLTag.anchorLink(text, tag: tag) {
                    out += link.markdown
                    index = link.end
                    continue
                }
                if tag.attribute("name") != nil || tag.attribute("id") != nil {
                    // `<a name="x"></a>`: an anchor target with no text.
                    index = tag.end
                    if text.unicodeScalars[index...].starts(with: "</a>".unicodeScalars) {
                        index = scalars.index(index, offsetBy: 4)
                    }
                    continue
                }
            }
            if tag.name == "code" || tag.name == "kbd" || tag.name == "samp" {
                out += markdown ? Substring(scalars[index..<tag.end]) : "`"
            } else if tag.name == "br" {
                out += "<br>"
            } else if Self.transparentTags.contains(tag.name) || (tag.name == "a" && tag.isClosing) {
                // The tag goes; its text stays.
            } else if markdown || tag.isAutolink {
                out += Substring(scalars[index..<tag.end])
            } else {
                out += "\\<"
                previous = "<"
                index = scalars.index(after: index)
                continue
            }
            index = tag.end
        }
        return out
    }

    // MARK: - OCR `term :- definition`

    /// `IAM :- Identity` reads `IAM: Identity`; `Solutions!:-` reads `Solutions:`.
    static func foldingColonDash(_ text: String) -> String {
        guard text.containsLiteral(":-") else { return text }
        let scalars = text.unicodeScalars
        var out = String()
        out.reserveCapacity(text.utf8.count)
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let next = scalars.index(after: index)
            if scalars[index] == ":", next < scalars.endIndex, scalars[next] == "-" {
                let after = scalars.index(after: next)
                if after == scalars.endIndex || scalars[after] == " " {
                    while let last = out.unicodeScalars.last, last == " " || last == "!" { out.unicodeScalars.removeLast() }
                    out.unicodeScalars.append(":")
                    index = after
                    continue
                }
            }
            out.unicodeScalars.append(scalars[index])
            index = next
        }
        return out
    }

    // MARK: - Escaping the start of a line

    /// Escapes what would make CommonMark read plain text as a block: `#`, `>`, `1.`, `- `.
    static func escapingLineStart(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        switch first {
        case "#", ">":
            return "\\" + text
        case "-", "+", "*":
            let second = text.unicodeScalars.dropFirst().first
            return second == nil || second == " " || second == "\t" ? "\\" + text : text
        case "0"..."9":
            let scalars = text.unicodeScalars
            var index = scalars.startIndex
            while index < scalars.endIndex, ("0"..."9").contains(scalars[index]) { index = scalars.index(after: index) }
            guard index < scalars.endIndex, scalars[index] == "." || scalars[index] == ")" else { return text }
            let after = scalars.index(after: index)
            guard after == scalars.endIndex || scalars[after] == " " else { return text }
            return String(scalars[..<index]) + "\\" + String(scalars[index...])
        case "`", "~":
            let prefix = text.unicodeScalars.prefix(3)
            return prefix.count == 3 && prefix.allSatisfy({ $0 == first }) ? "\\" + text : text
        default:
            return text
        }
    }

    /// A table cell may not hold an unescaped `|`.
    static func escapingPipes(_ text: String) -> String {
        guard text.containsByte(UInt8(ascii: "|")) else { return text }
        var out = String()
        var previous: Character?
        for character in text {
            if character == "|", previous != "\\" { out.append("\\") }
            out.append(character)
            previous = character
        }
        return out
    }
}
