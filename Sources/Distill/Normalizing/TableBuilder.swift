/// Turns tab-separated rows into a GFM pipe table; the first row is the header.
enum TableBuilder {
    static func pipeTable(rows: [(cells: [String], line: Int)], rewrite: (String) -> String) -> [MappedText] {
        guard let header = rows.first else { return [] }
        let width = max(1, rows.map(\.cells.count).max() ?? 1)
        var out: [MappedText] = []
        out.reserveCapacity(rows.count + 1)
        for (position, row) in rows.enumerated() {
            var cells = row.cells.map { cell in
                InlineRewriter.escapingPipes(rewrite(HeadingText.trim(Substring(cell)).description))
            }
            cells += Array(repeating: "", count: width - cells.count)
            out.append(MappedText(text: "| " + cells.joined(separator: " | ") + " |", line: row.line))
            if position == 0 {
                let rule = Array(repeating: "---", count: width).joined(separator: " | ")
                out.append(MappedText(text: "| " + rule + " |", line: header.line))
            }
        }
        return out
    }

    /// Splits a raw line on tabs, keeping empty cells (a leading tab is an empty first cell).
    static func cells(of raw: Substring) -> [String] {
        raw.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    }

    /// `|---|:--:|`, `-|-|-`: a GFM delimiter row.
    static func isDelimiterRow(_ content: String) -> Bool {
        guard content.containsByte(UInt8(ascii: "|")), content.containsByte(UInt8(ascii: "-")) else { return false }
        return content.allSatisfy { $0 == "|" || $0 == "-" || $0 == ":" || $0 == " " || $0 == "\t" }
    }

    static func columnCount(_ row: Substring) -> Int {
        var text = HeadingText.trim(row)
        if text.hasPrefix("|") { text = text.dropFirst() }
        if text.hasSuffix("|"), !text.hasSuffix("\\|") { text = text.dropLast() }
        var count = 1
        var previous: Character?
        for character in text {
            if character == "|", previous != "\\" { count += 1 }
            previous = character
        }
        return count
    }
}
