/// Finds the raw lines that carry no notes: site chrome, tables of contents, anchors,
/// comments, page numbers, LaTeX residue, OCR garbage and separators.
///
/// It runs before block parsing so the parser only sees content. Each check looks at a line
/// and at most a bounded window around it, keeping the scan linear.
struct NoiseScanner {
    let lines: [SourceLine]
    let markdown: Bool

    /// The rule that removes each line, by 0-based index.
    private(set) var rules: [NoiseRule?]
    /// Lines inside (or opening/closing) fenced code; noise rules never touch them.
    private(set) var inFence: [Bool]
    /// Setext heading level (1 or 2) for a line whose next line underlines it.
    private(set) var setextLevel: [UInt8]

    /// Lines near the start and end of a file, where web pages keep their chrome.
    private static let chromeZone = 30

    /// `dropped`: lines an earlier pass already removed, with the rule that removed them.
    init(lines: [SourceLine], format: NoteFormat, dropped: [Int: NoiseRule] = [:]) {
        self.lines = lines
        self.markdown = format == .markdown
        rules = Array(repeating: nil, count: lines.count)
        inFence = Array(repeating: false, count: lines.count)
        setextLevel = Array(repeating: 0, count: lines.count)
        markFences()
        markCommentsAndTOCBlocks()
        markLines()
        markAnchorLinkLists()
        if !markdown { markContentsPages() }
        // Interface labels like `Next` or `Share` are only chrome where a web page was saved.
        if format == .webPage { markChrome() }
        for (index, rule) in dropped where index < rules.count { rules[index] = rule }
    }

    // MARK: - Fences

    private mutating func markFences() {
        inFence = CodeFence.mask(lines.map(\.content))
    }

    // MARK: - HTML comments and generated tables of contents

    private mutating func markCommentsAndTOCBlocks() {
        var index = 0
        var unclosedFrom = Int.max
        while index < lines.count {
            let content = lines[index].content
            guard !inFence[index], content.hasASCIIPrefix("<!--") else {
                index += 1
                continue
            }
            let lower = content.lowercased()
            if Self.isTOCStart(lower), let end = findTOCEnd(after: index) {
                for line in index...end where !lines[line].isBlank { rules[line] = .tableOfContents }
                index = end + 1
                continue
            }
            var end = index
            while end < lines.count, end < unclosedFrom, !lines[end].content.containsLiteral("-->") {
                end += 1
            }
            guard end < lines.count, end < unclosedFrom else {
                // No `-->` anywhere below: later comments need not look again.
                unclosedFrom = min(unclosedFrom, index)
                // An unclosed comment: only its first line is sure to be noise.
                rules[index] = .htmlComment
                index += 1
                continue
            }
            for line in index...end where !lines[line].isBlank {
                rules[line] = .htmlComment
            }
            index = end + 1
        }
    }

    private static func isTOCStart(_ lower: String) -> Bool {
        lower.containsLiteral("toc") && !isTOCEnd(lower)
    }

    private static func isTOCEnd(_ lower: String) -> Bool {
        lower.containsLiteral("toc") && (lower.containsLiteral("end") || lower.containsLiteral("stop") || lower.containsLiteral("/toc"))
    }

    /// The matching end marker, looked for in a bounded window so a stray start costs little.
    private func findTOCEnd(after start: Int) -> Int? {
        var index = start + 1
        while index < lines.count, index - start <= 2_000 {
            let content = lines[index].content
            if content.hasASCIIPrefix("<!--"), Self.isTOCEnd(content.lowercased()) { return index }
            if content.hasASCIIPrefix("<!--"), Self.isTOCStart(content.lowercased()) { return nil }
            index += 1
        }
        return nil
    }

    // MARK: - Line by line

    private mutating func markLines() {
        for index in lines.indices where rules[index] == nil && !inFence[index] && !lines[index].isBlank {
            let content = lines[index].content
            if HTMLLine.isAnchorOnly(content) {
                rules[index] = .htmlAnchor
            } else if LatexSymbols.isNoiseLine(content) {
                rules[index] = .latexNoise
            } else if let level = underlineLevel(at: index) {
                rules[index] = .separator
                if let level { setextLevel[index - 1] = level }
            } else if Self.isEmptyMarkup(content, markdown: markdown) {
                rules[index] = .emptyMarkup
            } else if !markdown, isPageNumber(at: index) {
                rules[index] = .pageNumber
            } else if !markdown, Self.isGarbage(content) {
                rules[index] = .ocrGarbage
            }
        }
    }

    /// For a separator line: `.some(level)` if it underlines the line above (a setext
    /// heading), `.some(nil)` for a plain separator, nil if the line is not a separator.
    private func underlineLevel(at index: Int) -> UInt8?? {
        let scalars = lines[index].content.unicodeScalars
        guard let first = scalars.first, "-=_*~".unicodeScalars.contains(first) else { return nil }
        var marks = 0
        var onlyFirst = true
        for scalar in scalars {
            if scalar == first {
                marks += 1
            } else if scalar == " " || scalar == "\t" {
                onlyFirst = false
            } else if "-=_*~".unicodeScalars.contains(scalar) {
                onlyFirst = false
                marks += 1
            } else {
                return nil
            }
        }
        guard marks >= 2 else { return nil }
        guard (first == "=" || first == "-"), onlyFirst, index > 0, !lines[index - 1].isBlank, rules[index - 1] == nil,
            !inFence[index - 1], isPlainText(lines[index - 1])
        else {
            return marks >= 3 || first == "=" || first == "-" ? .some(nil) : nil
        }
        return .some(first == "=" ? 1 : 2)
    }

    /// A line that could be a paragraph: not a list item, heading, quote, table or HTML.
    private func isPlainText(_ line: SourceLine) -> Bool {
        let content = line.content
        guard let first = content.first, !"#>|<".contains(first), !line.hasInnerTab else { return false }
        if ListMarker.parse(content, markdown: markdown) != nil { return false }
        return markdown || (content.utf8.count <= 100 && !content.hasSuffix("."))
    }

    /// A list marker with nothing after it, or bold markers around nothing.
    private static func isEmptyMarkup(_ content: String, markdown: Bool) -> Bool {
        // Both tests need a first character that is one ASCII byte, which most lines lack.
        let first = content.utf8.first
        if first == nil || first == UInt8(ascii: "*") || first == UInt8(ascii: "_"),
           content.allSatisfy({ $0 == "*" || $0 == "_" }) && content.count <= 4 { return true }
        if first == UInt8(ascii: "<"),
           content == "<p></p>" || content == "<br>" || content == "<br/>" || content == "<br />" { return true }
        guard let (_, text) = ListMarker.parse(content, markdown: markdown) else { return false }
        return text.allSatisfy { $0 == " " || $0 == "\t" || $0 == "*" || $0 == "_" }
    }

    /// `12`, `Page 3`, `Page 3 of 10`, `- 4 -` standing alone between blank lines.
    private func isPageNumber(at index: Int) -> Bool {
        let blankBefore = index == 0 || lines[index - 1].isBlank
        let blankAfter = index == lines.count - 1 || lines[index + 1].isBlank
        guard blankBefore, blankAfter, Self.mayBePageNumber(lines[index].content) else { return false }
        var text = Substring(lines[index].content.lowercased())
        if text.hasPrefix("page ") { text = text.dropFirst(5) }
        text = text.drop(while: { "-–— ".contains($0) })
        while let last = text.last, "-–— ".contains(last) { text.removeLast() }
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "/" })
        let numbers = parts.filter { $0 != "of" }
        guard !numbers.isEmpty, numbers.count <= 2, parts.count <= 3 else { return false }
        return numbers.allSatisfy { $0.count <= 4 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }

    /// Whether a line holds a digit and nothing a page number cannot: ASCII digits, spaces,
    /// `/`, `-`, `–`, `—` and the letters of `page` and `of` in either case. Most lines do
    /// not, and are told on their bytes without lowercasing them. No character outside ASCII
    /// lowercases to one of those letters, so this passes every line `isPageNumber` accepts.
    static func mayBePageNumber(_ content: String) -> Bool {
        var digit = false
        var bytes = content.utf8.makeIterator()
        while let byte = bytes.next() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = true
            case UInt8(ascii: " "), UInt8(ascii: "/"), UInt8(ascii: "-"): continue
            case UInt8(ascii: "p"), UInt8(ascii: "a"), UInt8(ascii: "g"), UInt8(ascii: "e"), UInt8(ascii: "o"), UInt8(ascii: "f"),
                UInt8(ascii: "P"), UInt8(ascii: "A"), UInt8(ascii: "G"), UInt8(ascii: "E"), UInt8(ascii: "O"), UInt8(ascii: "F"):
                continue
            case 0xE2:
                // `–` is E2 80 93 and `—` is E2 80 94 in UTF-8.
                guard bytes.next() == 0x80, let last = bytes.next(), last == 0x93 || last == 0x94 else { return false }
            default:
                return false
            }
        }
        return digit
    }

    /// Brackets, quotes and their separators, which alone may be the edge of a code snippet.
    private static func isCodeEdge(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "("), UInt8(ascii: ")"),
            UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: " "):
            true
        default:
            false
        }
    }

    /// No letters and no digits: strokes the OCR read as punctuation. Or strokes with a few
    /// letters among them (`~~ ,. ;;' lll |/`): no digit, no word of two different letters,
    /// and at least twice as many marks as letters.
    static func isGarbage(_ content: String) -> Bool {
        // The prefixes are ASCII marks, so a line without one as its first byte lacks them all.
        if let first = content.utf8.first, first == UInt8(ascii: "|") || first == UInt8(ascii: "`") || first == UInt8(ascii: "~"),
           content.hasASCIIPrefix("|") || content.hasASCIIPrefix("```") || content.hasASCIIPrefix("~~~") { return false }
        // Brackets and quotes alone may be the edge of a code snippet; leave them.
        // Bytes, not characters: a character of these ASCII marks is one byte with nothing joined.
        if content.utf8.allSatisfy(Self.isCodeEdge) { return false }
        var letters = 0
        var marks = 0
        // Bytes not read yet: no more scalars than that are left to count as marks, so once
        // the letters outnumber half of what marks could still reach, the line is text.
        var unread = content.utf8.count
        for scalar in content.unicodeScalars {
            unread -= UTF8.width(scalar)
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                if byte.isASCIIDigit { return false }
                if byte.isASCIILetter {
                    letters += 1
                    if 2 * letters > marks + unread { return false }
                } else if !byte.isASCIIWhitespace {
                    marks += 1
                }
            } else if scalar.properties.isAlphabetic {
                letters += 1
                if 2 * letters > marks + unread { return false }
            } else if !scalar.properties.isWhitespace {
                marks += 1
            }
        }
        if letters == 0 { return !content.containsByte(UInt8(ascii: "|")) }
        guard marks >= 4, marks >= 2 * letters else { return false }
        let runs = content.split { !$0.isLetter }
        return runs.allSatisfy { Set($0.lowercased()).count == 1 }
    }

    // MARK: - Lists of links to anchors

    /// A run of lines holding nothing but `[Title](#anchor)` links is a table of contents;
    /// a single such line outside a list is page navigation.
    private mutating func markAnchorLinkLists() {
        var index = 0
        while index < lines.count {
            guard rules[index] == nil, !inFence[index], let isItem = anchorLinkLine(lines[index].content) else {
                index += 1
                continue
            }
            var end = index
            while end + 1 < lines.count, rules[end + 1] == nil, !inFence[end + 1],
                anchorLinkLine(lines[end + 1].content) != nil
            {
                end += 1
            }
            let rule: NoiseRule = end > index || isItem ? .tableOfContents : .navigation
            for line in index...end { rules[line] = rule }
            index = end + 1
        }
    }

    /// Whether the line is only anchor links; the flag says whether it is a list item.
    private func anchorLinkLine(_ content: String) -> Bool? {
        var text = Substring(content)
        var isItem = false
        if let (_, rest) = ListMarker.parse(content, markdown: markdown) {
            text = rest
            isItem = true
        }
        guard text.hasPrefix("[") else { return nil }
        var links = 0
        while !text.isEmpty {
            guard let link = HeadingText.anchorLink(at: text) else { return nil }
            links += 1
            text = HeadingText.trim(text[link.end...])
            if text.hasPrefix("|") || text.hasPrefix("·") || text.hasPrefix("-") { text = HeadingText.trim(text.dropFirst()) }
        }
        return links > 0 ? isItem : nil
    }

    // MARK: - Word-processor contents pages

    /// `Contents` followed by entries that end in a tab or dot leader and a page number.
    private mutating func markContentsPages() {
        var index = 0
        var plainEntries: [Int] = []
        while index < lines.count {
            if rules[index] == nil, Self.isContentsHeading(lines[index].content) {
                var cursor = index + 1
                var entries: [Int] = []
                while cursor < lines.count, lines[cursor].isBlank || Self.isContentsEntry(lines[cursor], dotsRequired: false) {
                    if !lines[cursor].isBlank { entries.append(cursor) }
                    cursor += 1
                }
                if !entries.isEmpty {
                    rules[index] = .tableOfContents
                    for entry in entries { rules[entry] = .tableOfContents }
                    index = cursor
                    continue
                }
            }
            // Without a heading, only dot leaders make an entry, and three in a row a contents page.
            if rules[index] == nil, Self.isContentsEntry(lines[index], dotsRequired: true) {
                plainEntries.append(index)
            } else if !lines[index].isBlank {
                if plainEntries.count >= 3 { for entry in plainEntries { rules[entry] = .tableOfContents } }
                plainEntries.removeAll()
            }
            index += 1
        }
        if plainEntries.count >= 3 { for entry in plainEntries { rules[entry] = .tableOfContents } }
    }

    /// `Contents`, `Table of contents` or `TOC` in any case. Only ASCII letters lower to
    /// these, so any other length is no match and needs no lowering.
    private static func isContentsHeading(_ content: String) -> Bool {
        guard [3, 8, 17].contains(content.utf8.count) else { return false }
        let lower = content.lowercased()
        return lower == "contents" || lower == "table of contents" || lower == "toc"
    }

    private static func isContentsEntry(_ line: SourceLine, dotsRequired: Bool) -> Bool {
        let content = line.content
        guard let last = content.last, last.isASCII, last.isNumber, content.contains(where: \.isLetter) else { return false }
        let withoutNumber = content.reversed().drop(while: { $0.isASCII && ($0.isNumber || $0 == "-") })
        guard content.count - withoutNumber.count <= 4, let before = withoutNumber.first else { return false }
        let leader = withoutNumber.prefix(while: { $0 == "." || $0 == " " || $0 == "\t" || $0 == "…" })
        let dots = leader.filter { $0 == "." || $0 == "…" }.count
        if dotsRequired { return dots >= 3 }
        return before == "\t" || dots >= 3 || leader.contains("\t")
    }

    // MARK: - Web chrome

    private func nextNonBlank(after index: Int) -> Int? {
        var cursor = index + 1
        while cursor < lines.count, lines[cursor].isBlank { cursor += 1 }
        return cursor < lines.count ? cursor : nil
    }

    private mutating func markChrome() {
        let nonBlank = lines.indices.filter { !lines[$0].isBlank }
        guard !nonBlank.isEmpty else { return }
        let zone = Set(nonBlank.prefix(Self.chromeZone) + nonBlank.suffix(Self.chromeZone))
        for index in zone.sorted() where rules[index] == nil && !inFence[index] {
            var text = Substring(lines[index].content)
            if let (_, rest) = ListMarker.parse(lines[index].content, markdown: false) { text = rest }
            // Chrome is judged as the page shows it: `Home &raquo; Notes` is a breadcrumb.
            if WebChrome.isChrome(text.containsByte(UInt8(ascii: "&")) ? Substring(HTMLEntities.decode(String(text))) : text) {
                rules[index] = .siteChrome
            }
        }
        // Away from the edges only a line that is exactly a label, and titles nothing below it.
        for index in nonBlank where rules[index] == nil && !inFence[index] && !zone.contains(index) {
            guard WebChrome.isLabel(Substring(lines[index].content)) else { continue }
            if let next = nextNonBlank(after: index), lines[next].indent > lines[index].indent { continue }
            rules[index] = .siteChrome
        }
    }
}
