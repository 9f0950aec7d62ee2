extension SourceSummary {
    /// Summarises one file after extraction: what was dropped and how much of it was used.
    init(_ file: SourceFile, note: NormalizedNote, extracted: ExtractedNote) {
        var content = 0
        var covered = 0
        for (index, line) in file.lines.enumerated() where Self.hasText(line) {
            content += 1
            if extracted.coveredLines.contains(index + 1) { covered += 1 }
        }
        self.init(
            file: file.path, lines: file.lineCount, format: note.format, encoding: file.encoding,
            dropped: Dictionary(grouping: note.dropped, by: \.rule).mapValues(\.count),
            contentLines: content, coveredLines: covered
        )
        title = extracted.title
    }

    /// Whether the line holds a character that is not white space. An ASCII byte that is not
    /// white space starts such a character (or sits in one begun by a mark that joins the next
    /// character, itself no white space), so most lines are told on their bytes; a line of
    /// white space and other characters is read character by character.
    static func hasText(_ line: some StringProtocol) -> Bool {
        var beyondASCII = false
        for byte in line.utf8 {
            if byte >= 0x80 {
                beyondASCII = true
            } else if !byte.isASCIIWhitespace {
                return true
            }
        }
        return beyondASCII && line.contains(where: { !$0.isWhitespace })
    }
}
