/// Blocks whose lines are kept close to how they stand: code, tables, quotes.
extension BlockParser {
    // MARK: - Fenced code

    mutating func readCode(_ index: Int, fence: CodeFence) -> Int {
        let opening = lines[index]
        var end = index + 1
        var closed = false
        while end < lines.count {
            if fence.isClosed(by: lines[end].content) {
                closed = true
                break
            }
            end += 1
        }
        end = min(end, lines.count - 1)
        let depth = codeDepth(indent: opening.indent)
        var out = [MappedText(text: opening.content, line: index + 1)]
        if index + 1 <= end {
            for cursor in (index + 1)...end {
                let text = closed && cursor == end ? lines[cursor].content : Self.dropIndent(lines[cursor].raw, columns: opening.indent)
                out.append(MappedText(text: text, line: cursor + 1))
            }
        }
        if !closed {
            out.append(MappedText(text: String(repeating: fence.character, count: fence.length), line: end + 1))
            problems.append((index, .warning, .unclosedCodeFence))
        }
        blocks.append(.code(depth: depth, lines: out))
        open = .none
        return end + 1
    }

    /// Markdown code indented four columns, written fenced; blank lines inside it stay.
    mutating func readIndentedCode(_ index: Int) -> Int {
        var cursor = index
        var last = index
        while cursor < lines.count, noise.rules[cursor] == nil, !noise.inFence[cursor],
            lines[cursor].isBlank || lines[cursor].indent >= 4
        {
            if !lines[cursor].isBlank { last = cursor }
            cursor += 1
        }
        var body: [MappedText] = []
        var longestRun = 0
        for line in index...last {
            let text = lines[line].isBlank ? "" : Self.dropIndent(lines[line].raw, columns: 4)
            longestRun = max(longestRun, text.prefix(while: { $0 == "`" }).count)
            body.append(MappedText(text: text, line: line + 1))
        }
        let fence = String(repeating: "`", count: max(3, longestRun + 1))
        blocks.append(.code(depth: nil, lines: [MappedText(text: fence, line: index + 1)] + body + [MappedText(text: fence, line: last + 1)]))
        open = .none
        return last + 1
    }

    /// The list item a fence inside a list belongs to, or nil (and the list ends).
    private mutating func codeDepth(indent: Int) -> Int? {
        if markdown, let depth = stack.lastIndex(where: { $0.contentIndent <= indent }) {
            stack.removeLast(stack.count - depth - 1)
            return depth
        }
        if !markdown, open == .item, let last = stack.last, indent > last.rawIndent {
            return stack.count - 1
        }
        stack.removeAll()
        return nil
    }

    /// Removes up to `columns` columns of leading whitespace, keeping the rest of the line.
    static func dropIndent(_ raw: Substring, columns: Int) -> String {
        var column = 0
        var index = raw.startIndex
        while index < raw.endIndex, column < columns {
            if raw[index] == " " {
                column += 1
            } else if raw[index] == "\t" {
                column += 4 - column % 4
            } else {
                break
            }
            index = raw.index(after: index)
        }
        var text = raw[index...]
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text = text.dropLast() }
        return String(text)
    }

    // MARK: - Tables

    /// A GFM pipe table: a header row (perhaps written as a list item) over a delimiter row.
    mutating func readPipeTable(_ index: Int) -> Int? {
        var header = Substring(lines[index].content)
        if let (_, rest) = ListMarker.parse(lines[index].content, markdown: markdown), rest.containsByte(UInt8(ascii: "|")) { header = rest }
        guard header.containsByte(UInt8(ascii: "|")), index + 1 < lines.count, noise.rules[index + 1] == nil, !noise.inFence[index + 1] else {
            return nil
        }
        let delimiter = lines[index + 1].content
        guard TableBuilder.isDelimiterRow(delimiter),
            TableBuilder.columnCount(header) == TableBuilder.columnCount(Substring(delimiter))
        else { return nil }
        var rows = [
            MappedText(text: rewriter.rewrite(String(header)), line: index + 1),
            MappedText(text: delimiter, line: index + 2),
        ]
        var cursor = index + 2
        while cursor < lines.count, noise.rules[cursor] == nil, !noise.inFence[cursor], lines[cursor].content.containsByte(UInt8(ascii: "|")) {
            rows.append(MappedText(text: rewriter.rewrite(lines[cursor].content), line: cursor + 1))
            cursor += 1
        }
        let depth = header.startIndex == lines[index].content.startIndex ? tableDepth(indent: lines[index].indent) : nil
        if depth == nil { stack.removeAll() }
        blocks.append(.table(depth: depth, rows: rows))
        open = .none
        return cursor
    }

    /// The list item a table indented under it belongs to, or nil (and the list ends).
    private mutating func tableDepth(indent: Int) -> Int? {
        let owner = markdown
            ? stack.lastIndex(where: { $0.contentIndent <= indent })
            : stack.lastIndex(where: { $0.rawIndent < indent })
        guard let depth = owner else { return nil }
        stack.removeLast(stack.count - depth - 1)
        return depth
    }

    /// Consecutive lines with tabs between their cells; rows starting with a tab have an
    /// empty first cell. One row alone is not a table.
    mutating func readTabTable(_ index: Int) -> Int? {
        var rows: [(cells: [String], line: Int)] = []
        var cursor = index
        while cursor < lines.count, noise.rules[cursor] == nil, !noise.inFence[cursor], !lines[cursor].isBlank {
            let line = lines[cursor]
            // Once a table has started, a row may hold its only text in its first or last cell.
            guard line.hasInnerTab || (!rows.isEmpty && line.raw.contains("\t")) else { break }
            var cells = TableBuilder.cells(of: line.raw)
            if !line.startsWithTab, let first = cells.first {
                cells[0] = String(HeadingText.trim(Substring(first)))
            }
            rows.append((cells, cursor + 1))
            cursor += 1
        }
        guard rows.count >= 2 else { return nil }
        stack.removeAll()
        blocks.append(.table(depth: nil, rows: TableBuilder.pipeTable(rows: rows, rewrite: { rewriter.rewrite($0) })))
        open = .none
        return cursor
    }

    // MARK: - Code pasted without fences, quotes

    mutating func readJSON(_ index: Int) -> Int {
        var cursor = index
        var out = [MappedText(text: "```json", line: index + 1)]
        while cursor < lines.count, noise.rules[cursor] == nil, !lines[cursor].isBlank, JSONSnippet.isLine(lines[cursor].content) {
            let text = HTMLEntities.decode(Self.dropIndent(lines[cursor].raw, columns: 0))
            out.append(MappedText(text: text, line: cursor + 1))
            cursor += 1
        }
        out.append(MappedText(text: "```", line: cursor))
        stack.removeAll()
        blocks.append(.code(depth: nil, lines: out))
        open = .none
        return cursor
    }

    mutating func readQuote(_ index: Int) -> Int {
        var cursor = index
        var out: [MappedText] = []
        while cursor < lines.count, noise.rules[cursor] == nil, lines[cursor].content.hasPrefix(">") {
            out.append(MappedText(text: rewriter.rewrite(lines[cursor].content), line: cursor + 1))
            cursor += 1
        }
        stack.removeAll()
        blocks.append(.verbatim(out))
        open = .none
        return cursor
    }
}
