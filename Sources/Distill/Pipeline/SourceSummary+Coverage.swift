extension SourceSummary {
    /// Summarises one file after extraction: what was dropped and how much of it was used.
    init(_ file: SourceFile, note: NormalizedNote, extracted: ExtractedNote) {
        var content = 0
        var covered = 0
        for (index, line) in file.lines.enumerated() where line.hasNonWhitespace {
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
}
