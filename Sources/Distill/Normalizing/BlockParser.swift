/// Reads a note's content lines into blocks: headings, list items, paragraphs, tables, code.
///
/// One pass over the lines; look-ahead is bounded to the next content line, so the cost is
/// linear in the size of the file.
struct BlockParser {
    let lines: [SourceLine]
    let noise: NoiseScanner
    let format: NoteFormat
    let markdown: Bool
    let rewriter: InlineRewriter

    var blocks: [NoteBlock] = []
    /// Lines the parser found empty once their markup was removed (0-based index).
    var emptyLines: [Int] = []
    /// Problems found while parsing, by 0-based line index.
    var problems: [Problem] = []

    typealias Problem = (index: Int, severity: Diagnostic.Severity, reason: Diagnostic.Reason)

    /// Lists nest no deeper than this; deeper items stay at the deepest level.
    static let maximumDepth = 16

    struct OpenItem {
        var virtualIndent: Int
        var rawIndent: Int
        var contentIndent: Int
    }

    enum OpenText { case none, paragraph, item, itemParagraph }

    var stack: [OpenItem] = []
    var open: OpenText = .none
    private var afterBlank = true
    private var previousHardBreak = false
    private var reportedDepth = false
    /// The author wrote markdown headings, so plain lines are text rather than titles.
    private var hasExplicitHeadings = false

    init(lines: [SourceLine], noise: NoiseScanner, format: NoteFormat) {
        self.noise = noise
        self.format = format
        markdown = format == .markdown
        let rewriter = InlineRewriter(markdown: markdown)
        self.rewriter = rewriter
        guard !markdown else {
            self.lines = lines
            return
        }
        var headings = 0
        for line in lines where line.content.hasASCIIPrefix("#") {
            let hashes = line.content.prefix(while: { $0 == "#" }).count
            if hashes <= 6, line.content.dropFirst(hashes).first == " " { headings += 1 }
        }
        hasExplicitHeadings = headings >= 3
        // `<ul> • item`: once the HTML leftovers go, the line is read by what it then says.
        self.lines = lines.map { line in
            guard line.content.hasASCIIPrefix("<") else { return line }
            var cleaned = line
            cleaned.content = String(HeadingText.trim(Substring(rewriter.rewrite(line.content))))
            return cleaned
        }
    }

    mutating func parse() {
        var index = 0
        while index < lines.count {
            if noise.rules[index] != nil {
                index += 1
                continue
            }
            if lines[index].isBlank {
                if !HeadingText.trim(lines[index].raw).isEmpty {
                    // Nothing but HTML tags or a dropped image: the line had markup and no text.
                    emptyLines.append(index)
                }
                afterBlank = true
                open = .none
                index += 1
                continue
            }
            let next = max(index + 1, step(index))
            afterBlank = false
            previousHardBreak = lines[next - 1].hardBreak
            index = next
        }
    }

    // MARK: - One block

    /// Reads the block starting at `index`; returns the index after its last line.
    private mutating func step(_ index: Int) -> Int {
        let line = lines[index]
        let content = line.content
        if noise.inFence[index], let fence = CodeFence.opening(content) {
            return readCode(index, fence: fence)
        }
        if let level = atxLevel(content), markdown || format == .orgMode || hasExplicitHeadings || isTitleShapedHeading(content) {
            let text = HeadingText.clean(Substring(rewriter.rewrite(String(content.drop(while: { $0 == "#" })))))
            addHeading(.explicit(level), text: text, index: index)
            return index + 1
        }
        if noise.setextLevel[index] > 0 {
            addHeading(.explicit(Int(noise.setextLevel[index])), text: HeadingText.clean(Substring(rewriter.rewrite(content))), index: index)
            return index + 1
        }
        if markdown, afterBlank, stack.isEmpty, line.indent >= 4 { return readIndentedCode(index) }
        if let end = readPipeTable(index) { return end }
        if !markdown, line.hasInnerTab, let end = readTabTable(index) { return end }
        if !markdown, JSONSnippet.isLine(content), index + 1 < lines.count, noise.rules[index + 1] == nil,
            JSONSnippet.isLine(lines[index + 1].content)
        {
            return readJSON(index)
        }
        if markdown, content.hasASCIIPrefix(">") { return readQuote(index) }
        if !markdown, afterBlank, let bold = HeadingText.boldTitle(Substring(content)), nextIsBlank(index) {
            addHeading(.sub, text: HeadingText.clean(Substring(rewriter.rewrite(String(bold)))), index: index)
            return index + 1
        }
        if let (marker, rest) = ListMarker.parse(content, markdown: markdown) {
            // `→ Use cases :-` over its points is a label item; its points nest under it.
            if isLoneGlyphTitle(marker, text: rest, index: index) {
                addHeading(.sub, text: HeadingText.clean(Substring(rewriter.rewrite(String(rest)))), index: index)
            } else {
                addItem(marker, text: rest, content: content, index: index)
            }
            return index + 1
        }
        readPlain(index)
        return index + 1
    }

    /// In plain notes a lone `# of items: 4` is text; a short title after `#` is a heading.
    private func isTitleShapedHeading(_ content: String) -> Bool {
        HeadingText.isTitleShaped(Substring(HeadingText.clean(Substring(content.drop(while: { $0 == "#" })))))
    }

    private func atxLevel(_ content: String) -> Int? {
        guard content.hasASCIIPrefix("#") else { return nil }
        let hashes = content.prefix(while: { $0 == "#" }).count
        guard hashes <= 6 else { return nil }
        let after = content.dropFirst(hashes).first
        return after == nil || after == " " || after == "\t" ? hashes : nil
    }

    // MARK: - Headings and items

    private mutating func addHeading(_ rank: HeadingRank, text: String, index: Int) {
        stack.removeAll()
        open = .none
        guard !text.isEmpty else {
            emptyLines.append(index)
            return
        }
        blocks.append(.heading(rank, MappedText(text: text, line: index + 1)))
    }

    private mutating func addItem(_ marker: ListMarker, text: Substring, content: String, index: Int) {
        let line = lines[index]
        let body = HeadingText.trim(text)
        guard !body.isEmpty else {
            emptyLines.append(index)
            return
        }
        let virtualIndent = line.indent * 2 + (marker.nestsUnderPrevious ? 1 : 0)
        let item = OpenItem(
            virtualIndent: virtualIndent, rawIndent: line.indent,
            contentIndent: line.indent + Self.markerWidth(content, text: text))
        while let last = stack.last, last.virtualIndent > virtualIndent { stack.removeLast() }
        if let last = stack.last, last.virtualIndent == virtualIndent {
            stack[stack.count - 1] = item
        } else if stack.count >= Self.maximumDepth {
            stack[stack.count - 1] = item
            if !reportedDepth {
                reportedDepth = true
                problems.append((index, .warning, .nestingTooDeep(limit: Self.maximumDepth)))
            }
        } else {
            stack.append(item)
        }
        let text = inline(String(body))
        guard !text.isEmpty else {
            emptyLines.append(index)
            return
        }
        blocks.append(.item(depth: stack.count - 1, marker: marker.kind, lines: [MappedText(text: text, line: index + 1)]))
        open = .item
    }

    /// Characters in `content` before `text`, the item's text sliced from it: in ASCII content
    /// both are counted in bytes, the text's without reading it again.
    static func markerWidth(_ content: String, text: Substring) -> Int {
        if content.isAllASCII { return content.utf8.count - text.utf8.count }
        // Beyond ASCII, the marker alone is counted when the text ends the content and an ASCII
        // byte stands on either side of the cut: two such bytes always part two characters
        // (a line holds no CR), so the cut is a character boundary.
        let utf8 = content.utf8
        if text.endIndex == content.endIndex, text.startIndex > content.startIndex, text.startIndex < content.endIndex,
           utf8[text.startIndex] < 0x80, utf8[utf8.index(before: text.startIndex)] < 0x80 {
            return content[..<text.startIndex].count
        }
        return content.count - characterCount(text)
    }

    /// Characters in `text`; ASCII text has one a byte, which is cheaper to count.
    private static func characterCount<Text: StringProtocol>(_ text: Text) -> Int {
        let bytes = text.utf8
        return text.isAllASCII ? bytes.count : text.count
    }

    func inline(_ text: String) -> String {
        let rewritten = String(HeadingText.trim(Substring(rewriter.rewrite(text))))
        return markdown ? rewritten : InlineRewriter.escapingLineStart(rewritten)
    }

    // MARK: - Plain lines

    private mutating func readPlain(_ index: Int) {
        let line = lines[index]
        let content = Substring(line.content)
        let text = MappedText(text: inline(line.content), line: index + 1)
        guard !text.text.isEmpty else {
            emptyLines.append(index)
            return
        }
        if format == .outline, line.indent > 0 {
            let marker = ListMarker(kind: .bullet, nestsUnderPrevious: false, isGlyph: false)
            return addItem(marker, text: content, content: line.content, index: index)
        }
        if !afterBlank {
            switch open {
            case .paragraph where startsParagraphOfItsOwn(index):
                break
            case .itemParagraph where !stack.isEmpty && startsParagraphOfItsOwn(index):
                // A further paragraph of the same item.
                blocks.append(.itemParagraph(depth: stack.count - 1, lines: [text]))
                return
            case .paragraph, .itemParagraph:
                return appendToLast(text)
            case .item:
                let lazy = markdown || previousHardBreak || content.first?.isLowercase == true
                    || line.indent > (stack.last?.rawIndent ?? 0)
                if lazy { return appendToLast(text) }
                // A `Q:` line starts a question of its own, not a further paragraph of the item.
                if format == .wordExport, !Self.opensQuestion(content), let depth = stack.indices.last {
                    // Word exports write an item's further paragraph flush left, right under it.
                    blocks.append(.itemParagraph(depth: depth, lines: [text]))
                    open = .itemParagraph
                    return
                }
            case .none:
                break
            }
        } else if markdown, let depth = stack.lastIndex(where: { $0.contentIndent <= line.indent }) {
            stack.removeLast(stack.count - depth - 1)
            blocks.append(.itemParagraph(depth: depth, lines: [text]))
            open = .itemParagraph
            return
        }
        if !markdown {
            if isTitle(index) {
                return addHeading(
                    opensPageSection(index) ? .explicit(1) : .title,
                    text: HeadingText.clean(Substring(rewriter.rewrite(line.content))), index: index)
            }
        }
        stack.removeAll()
        blocks.append(.paragraph([text]))
        open = .paragraph
    }

    /// Plain notes have no markup to tell a paragraph by: a word processor's export writes each
    /// paragraph on a line of its own, and notes typed as text put one statement a line, with
    /// or without a stop. A line that starts like a sentence (a capital or a digit) starts a
    /// paragraph under a line that ends a sentence, or under a short line of three words or
    /// more that ends in a word (`Acid: a substance that donates protons`), so each statement
    /// is a fact. It goes on the line above when that one runs on: it ends in a comma, a dash
    /// or a colon, asks the question the line answers, or is as long as text wrapped to a
    /// width is (`wrappedWidth`). Handwriting read by OCR breaks its lines where the page
    /// ends, so only a stop ends its sentences there. Markdown and Org keep their own rule.
    private func startsParagraphOfItsOwn(_ index: Int) -> Bool {
        guard !markdown, format != .orgMode, let first = lines[index].content.first, first.isUppercase || first.isNumber,
            let above = (0..<index).last(where: { noise.rules[$0] == nil })
        else { return false }
        let text = lines[above].content
        // Closing quotes and brackets after the stop: `(see below.)`.
        guard let last = text.reversed().first(where: { !")]\"”’".contains($0) }) else { return false }
        if last == "." || last == "!" { return true }
        guard format != .handwritingOCR, last.isLetter || last.isNumber else { return false }
        // A line of a word or two is a name: a column of them (`Helium`, `Neon`) reads as one.
        return text.count < Self.wrappedWidth && text.split(separator: " ").count >= 3
    }

    /// The fewest characters of a line that text wrapped to a width leaves: editors and mail wrap
    /// at 72 to 80 columns, and a wrapped line falls short of it by a word at most.
    static let wrappedWidth = 60

    /// `Q: …` or `Q. …`: a flashcard question written as one line.
    static func opensQuestion(_ content: Substring) -> Bool {
        let lower = content.prefix(3).lowercased()
        return lower == "q: " || lower == "q. "
    }

    private mutating func appendToLast(_ text: MappedText) {
        guard let last = blocks.popLast() else { return }
        switch last {
        case let .item(depth, marker, lines): blocks.append(.item(depth: depth, marker: marker, lines: lines + [text]))
        case let .itemParagraph(depth, lines): blocks.append(.itemParagraph(depth: depth, lines: lines + [text]))
        case let .paragraph(lines): blocks.append(.paragraph(lines + [text]))
        default: blocks.append(last)
        }
    }

    /// A plain title line in a non-markdown note: short, unpunctuated, set apart from the text.
    private func isTitle(_ index: Int) -> Bool {
        let line = lines[index]
        let decorated = line.content.hasPrefix("\\*")
        let rewritten = rewriter.rewrite(line.content)
        let candidate = decorated ? Substring(HeadingText.clean(Substring(rewritten))) : Substring(rewritten)
        guard HeadingText.isTitleShaped(candidate, allowColon: decorated) else { return false }
        if decorated { return true }
        if hasExplicitHeadings { return false }
        let outlineTop = format == .outline && line.indent == 0
        guard afterBlank || outlineTop || isPageTitleBetweenLists(index), nextAllowsTitle(index) else { return false }
        // `To be added later` between two titles is a placeholder sentence, not a title.
        if case .heading = blocks.last, let next = nextContent(after: index, skippingBlanks: true),
            lines[next].indent <= line.indent, ListMarker.parse(lines[next].content, markdown: false) == nil,
            HeadingText.isTitleShaped(Substring(lines[next].content))
        {
            return false
        }
        return true
    }

    /// A scraped page loses the space around its headings: a title-shaped line at the margin
    /// between a list above and a list below it is a section title, not a list's last line.
    private func isPageTitleBetweenLists(_ index: Int) -> Bool {
        guard format == .webPage, lines[index].indent == 0, let last = blocks.last, case .item = last,
            let next = nextContent(after: index, skippingBlanks: false),
            ListMarker.parse(lines[next].content, markdown: false) != nil
        else { return false }
        return true
    }

    /// A scraped page's first title with its list right under it, no blank line between, opens
    /// the first section rather than naming the page: it stands at the top level, as the
    /// titles between the page's later lists do.
    private func opensPageSection(_ index: Int) -> Bool {
        guard format == .webPage, blocks.isEmpty, let next = nextContent(after: index, skippingBlanks: false) else { return false }
        return ListMarker.parse(lines[next].content, markdown: false) != nil
    }

    /// A word-processor export sets a sub-title as one bulleted line standing alone.
    private func isLoneGlyphTitle(_ marker: ListMarker, text: Substring, index: Int) -> Bool {
        guard format == .wordExport, marker.isGlyph, case .bullet = marker.kind, afterBlank, lines[index].indent == 0,
            nextIsBlank(index)
        else { return false }
        return HeadingText.isTitleShaped(HeadingText.trim(text)) && text.split(separator: " ").count <= 6
    }

    private func nextContent(after index: Int, skippingBlanks: Bool) -> Int? {
        var cursor = index + 1
        while cursor < lines.count {
            if noise.rules[cursor] == nil, !(skippingBlanks && lines[cursor].isBlank) { return cursor }
            cursor += 1
        }
        return nil
    }

    private func nextIsBlank(_ index: Int) -> Bool {
        guard let next = nextContent(after: index, skippingBlanks: false) else { return true }
        return lines[next].isBlank
    }

    /// A title is set apart: a blank line, a list or (in an outline) indented text follows it.
    /// Elsewhere indented plain text right under a short line continues it, as the cells of a
    /// flattened table row do.
    private func nextAllowsTitle(_ index: Int) -> Bool {
        guard let next = nextContent(after: index, skippingBlanks: false) else { return false }
        let line = lines[next]
        if line.isBlank || ListMarker.parse(line.content, markdown: false) != nil { return true }
        if line.indent > lines[index].indent && (format == .outline || format == .wordExport) { return true }
        // `Gas Laws` right over its first statement: a name in title case heads the lines under it,
        // unless they are a word or two, names too (a column of terms). OCR'd handwriting wraps
        // its lines anywhere.
        return format != .handwritingOCR && line.indent == lines[index].indent
            && HeadingText.isTitleCase(Substring(lines[index].content)) && line.content.split(separator: " ").count >= 3
    }
}
