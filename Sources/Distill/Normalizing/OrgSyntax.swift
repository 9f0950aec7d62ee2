/// Org-mode notes read as markdown: `* Heading` stars, `#+TITLE:`, source blocks, drawers
/// and `=code=`/`~code~`/`*bold*`/`/italic/`/`[[link][text]]` markup.
///
/// It rewrites each line's content in place before noise scanning, so the rest of the
/// normalizer sees markdown shapes; settings lines and drawers are dropped by named rules.
enum OrgSyntax {
    /// Whether a file's lines look like org-mode: `#+KEY:` settings, drawers or star headings
    /// over several levels, which no other kind of notes writes at the start of a line.
    static func detect(_ lines: [SourceLine]) -> Bool {
        var settings = 0
        var drawers = 0
        var starDepths = Set<Int>()
        var starHeadings = 0
        for line in lines.prefix(5_000) where line.indent == 0 {
            let content = line.content
            // Each test needs its first character to be an ASCII mark, which is then the
            // first byte: most lines are ruled out without reading further.
            let first = content.utf8.first
            if first == UInt8(ascii: "#"), settingKey(content) != nil { settings += 1 }
            if first == UInt8(ascii: ":"), content.uppercased() == ":PROPERTIES:" { drawers += 1 }
            if first == UInt8(ascii: "*"), let (depth, _) = starHeading(content) {
                starHeadings += 1
                starDepths.insert(depth)
            }
        }
        return settings >= 2 || (settings + drawers >= 1 && starHeadings >= 1) || (starHeadings >= 3 && starDepths.count >= 2 && starDepths.contains(2))
    }

    /// `** Title :tag:` at column 0: its depth and title without tags.
    static func starHeading(_ content: String) -> (depth: Int, title: Substring)? {
        let depth = content.prefix(while: { $0 == "*" }).count
        guard depth >= 1, content.dropFirst(depth).first == " " else { return nil }
        var title = Substring(content).dropFirst(depth + 1).drop(while: { $0 == " " })
        // `* TODO Title`: the task state is org metadata, not part of the title.
        for keyword in ["TODO ", "DONE "] where title.hasPrefix(keyword) {
            title = title.dropFirst(keyword.count).drop(while: { $0 == " " })
        }
        // Trailing `:tag1:tag2:` tags are org metadata.
        if title.hasSuffix(":"), let space = title.lastIndex(of: " ") {
            let tags = title[title.index(after: space)...]
            if tags.count > 2, tags.hasPrefix(":"), !tags.contains(" ") { title = title[..<space] }
        }
        while title.last == " " { title = title.dropLast() }
        return title.isEmpty ? nil : (depth, title)
    }

    /// `#+KEY: value` or `#+KEY` (upper-cased key).
    static func settingKey(_ content: String) -> String? {
        guard content.hasPrefix("#+") else { return nil }
        let key = content.dropFirst(2).prefix(while: { $0.isLetter || $0 == "_" })
        guard !key.isEmpty else { return nil }
        let after = content.dropFirst(2 + key.count).first
        guard after == nil || after == ":" || after == " " else { return nil }
        return key.uppercased()
    }

    /// Rewrites org lines as markdown lines; returns the lines dropped and the rule for each.
    static func rewrite(_ lines: inout [SourceLine]) -> [Int: NoiseRule] {
        var dropped: [Int: NoiseRule] = [:]
        let hasTitle = lines.contains { $0.indent == 0 && settingKey($0.content) == "TITLE" }
        var inBlock: String?
        var inDrawer = false
        for index in lines.indices {
            let content = lines[index].content
            let upper = content.uppercased()
            if let block = inBlock {
                if upper.hasPrefix("#+END_") {
                    inBlock = nil
                    if block == "SRC" || block == "EXAMPLE" { lines[index].content = "```" } else { dropped[index] = .orgSettings }
                }
                continue
            }
            if inDrawer {
                dropped[index] = .orgSettings
                if upper == ":END:" { inDrawer = false }
                continue
            }
            if upper.hasPrefix(":") && upper.hasSuffix(":") && upper.count > 2, !upper.dropFirst().dropLast().contains(" "),
                upper != ":END:", lines[index].indent <= 4
            {
                // `:PROPERTIES:` … `:END:`: a drawer of metadata.
                if lines[index...].prefix(200).contains(where: { $0.content.uppercased() == ":END:" }) {
                    inDrawer = true
                    dropped[index] = .orgSettings
                    continue
                }
            }
            if let key = settingKey(content) {
                if key.hasPrefix("BEGIN_") {
                    let kind = String(key.dropFirst(6))
                    inBlock = kind
                    if kind == "SRC" || kind == "EXAMPLE" {
                        let language = content.split(separator: " ").dropFirst().first.map(String.init) ?? ""
                        lines[index].content = "```" + (kind == "SRC" ? language : "")
                    } else {
                        dropped[index] = .orgSettings
                    }
                } else if key == "TITLE" {
                    let title = content.drop(while: { $0 != ":" }).dropFirst().drop(while: { $0 == " " })
                    if title.isEmpty { dropped[index] = .orgSettings } else { lines[index].content = "# " + inline(String(title)) }
                } else {
                    dropped[index] = .orgSettings
                }
                continue
            }
            if lines[index].indent == 0, let (depth, title) = starHeading(content) {
                let level = min(depth + (hasTitle ? 1 : 0), 6)
                lines[index].content = String(repeating: "#", count: level) + " " + inline(String(title))
                continue
            }
            if content.hasPrefix("# ") || content == "#" {
                // An org comment line.
                dropped[index] = .orgSettings
                continue
            }
            lines[index].content = inline(content)
        }
        return dropped
    }

    /// `=code=` and `~code~` to backticks, `*bold*` to `**bold**`, `/italic/` to `*italic*`,
    /// `[[target][text]]` to `[text](target)` and `[[target]]` to `[target](target)`.
    static func inline(_ text: String) -> String {
        guard text.contains(where: { "=~*/[".contains($0) }) else { return text }
        let characters = Array(text)
        var out = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "[", index + 1 < characters.count, characters[index + 1] == "[",
                let close = find("]]", in: characters, from: index + 2)
            {
                let inner = String(characters[(index + 2)..<close])
                if let split = inner.range(of: "][") {
                    out += "[" + inner[split.upperBound...] + "](" + inner[..<split.lowerBound] + ")"
                } else {
                    out += "[" + inner + "](" + inner + ")"
                }
                index = close + 2
                continue
            }
            if "=~*/".contains(character), let end = emphasisEnd(characters, open: index) {
                let inner = String(characters[(index + 1)..<end])
                switch character {
                case "=", "~": out += "`" + inner + "`"
                case "*": out += "**" + inner + "**"
                default: out += "*" + inner + "*"
                }
                index = end + 1
                continue
            }
            out.append(character)
            index += 1
        }
        return out
    }

    private static func find(_ needle: String, in characters: [Character], from start: Int) -> Int? {
        let pattern = Array(needle)
        guard characters.count >= pattern.count else { return nil }
        var index = start
        while index + pattern.count <= characters.count {
            if Array(characters[index..<(index + pattern.count)]) == pattern { return index }
            index += 1
        }
        return nil
    }

    /// Org's emphasis rule: the marker follows a space or punctuation, the text neither starts
    /// nor ends with a space, and the closing marker is followed by a space or punctuation.
    private static func emphasisEnd(_ characters: [Character], open: Int) -> Int? {
        let marker = characters[open]
        if open > 0, !(characters[open - 1].isWhitespace || "([{\"'-".contains(characters[open - 1])) { return nil }
        guard open + 1 < characters.count, !characters[open + 1].isWhitespace, characters[open + 1] != marker else { return nil }
        var index = open + 2
        while index < characters.count {
            if characters[index] == marker, !characters[index - 1].isWhitespace {
                let after = index + 1 < characters.count ? characters[index + 1] : " "
                if after.isWhitespace || ".,;:!?)]}\"'-".contains(after) { return index }
            }
            index += 1
        }
        return nil
    }
}
