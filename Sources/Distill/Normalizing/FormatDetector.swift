/// Tells what kind of notes a file holds from the shapes of its lines.
enum FormatDetector {
    /// Lines looked at; shapes show early and a sample keeps detection cheap on huge files.
    private static let sampleSize = 5_000

    static func detect(path: SourcePath, lines: [SourceLine]) -> NoteFormat {
        let lowerPath = path.rawValue.lowercased()
        if lowerPath.hasSuffix(".md") || lowerPath.hasSuffix(".markdown") || lowerPath.hasSuffix(".mdown") {
            return .markdown
        }
        if lowerPath.hasSuffix(".org") || OrgSyntax.detect(lines) { return .orgMode }
        var counts = Counts()
        var inFence = false
        for (position, line) in lines.prefix(sampleSize).enumerated() where !line.isBlank {
            let content = line.content
            if CodeFence.opening(content) != nil { inFence.toggle() }
            if inFence { continue }
            counts.nonBlank += 1
            counts.observe(line, content: content, isEdge: position < 30 || position >= lines.count - 30)
        }
        return counts.format
    }

    private struct Counts {
        var nonBlank = 0
        var ocrMarks = 0
        var chrome = 0
        var entities = 0
        var indentedGlyphBullets = 0
        var glyphBullets = 0
        var markdownBullets = 0
        var contentsHeader = false
        var tabRows = 0
        var atxHeadings = 0
        var indentedPlain = 0
        /// Shapes canonical markdown never has: `1)` and `a.` markers, odd indents, `:-`.
        var plainTextMarks = 0
        /// Text columns of the ordered items seen so far: markdown nests under `1. ` at three.
        var orderedColumns: Set<Int> = []

        mutating func observe(_ line: SourceLine, content: String, isEdge: Bool) {
            guard let first = content.unicodeScalars.first else { return }
            if first == "→" || first == "↳" || first == "⇒" || ListMarker.circledNumber(first) != nil
                || LatexSymbols.isNoiseLine(content)
            {
                ocrMarks += 1
            }
            // Only ASCII letters lower to these words, so other lengths need no lowering.
            if content.utf8.count == 8 || content.utf8.count == 17 {
                let lower = content.lowercased()
                if lower == "contents" || lower == "table of contents" { contentsHeader = true }
            }
            if line.hasInnerTab { tabRows += 1 }
            if content.hasASCIIPrefix("#"), content.dropFirst(content.prefix(while: { $0 == "#" }).count).first == " " {
                atxHeadings += 1
            }
            if content.containsByte(UInt8(ascii: "&")), HTMLEntities.decode(content) != content { entities += 1 }
            if content.containsLiteral(":-") { plainTextMarks += 1 }
            if let (marker, text) = ListMarker.parse(content, markdown: false) {
                let markdownMarker = ListMarker.parse(content, markdown: true) != nil
                if case .ordered = marker.kind, markdownMarker, orderedColumns.count < 64 {
                    orderedColumns.insert(line.indent + content.count - text.count)
                }
                if !markdownMarker || (line.indent % 2 == 1 && !isUnderOrderedItem(line.indent)) { plainTextMarks += 1 }
                if marker.isGlyph {
                    glyphBullets += 1
                    if line.indent >= 2 { indentedGlyphBullets += 1 }
                } else {
                    markdownBullets += 1
                }
            } else if line.indent > 0 {
                indentedPlain += 1
            }
            if isEdge {
                var text = Substring(content)
                if let (_, rest) = ListMarker.parse(content, markdown: false) { text = rest }
                if WebChrome.isChrome(text) { chrome += 1 }
            }
        }

        /// An odd indent two columns at a time under an ordered item's text is markdown's own.
        private func isUnderOrderedItem(_ indent: Int) -> Bool {
            orderedColumns.contains { $0 <= indent && (indent - $0) % 2 == 0 }
        }

        var format: NoteFormat {
            if ocrMarks >= 3 { return .handwritingOCR }
            if chrome >= 2 || entities >= 1 || indentedGlyphBullets >= 5 { return .webPage }
            if contentsHeader || tabRows >= 2 { return .wordExport }
            if atxHeadings >= 1, glyphBullets == 0, plainTextMarks == 0 { return .markdown }
            if indentedPlain * 3 >= nonBlank, glyphBullets + markdownBullets <= nonBlank / 10 { return .outline }
            return .bulletText
        }
    }
}
