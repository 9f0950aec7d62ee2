/// Rewrites a raw note of any format as canonical markdown, keeping a map back to its raw lines.
///
/// The stages: measure lines, detect the format, mark noise, parse blocks, level headings,
/// write markdown. Each is one linear pass over the lines.
public struct Normalizer: Sendable {
    public init() {}

    /// Normalizes one loaded file.
    public func normalize(_ file: SourceFile) -> NormalizedNote {
        let lines = file.lines.enumerated().map { SourceLine(number: $0.offset + 1, raw: $0.element) }
        let format = FormatDetector.detect(path: file.path, lines: lines)
        let noise = NoiseScanner(lines: lines, format: format)
        var parser = BlockParser(lines: lines, noise: noise, format: format)
        parser.parse()
        var writer = MarkdownWriter()
        writer.write(HeadingLeveler.resolve(parser.blocks))

        var dropped: [DroppedLine] = []
        var emptyLines = Set(parser.emptyLines)
        for index in lines.indices {
            if let rule = noise.rules[index], !lines[index].isBlank {
                dropped.append(DroppedLine(line: index + 1, rule: rule))
            } else if emptyLines.remove(index) != nil {
                dropped.append(DroppedLine(line: index + 1, rule: .emptyMarkup))
            }
        }
        let diagnostics = parser.problems.map { problem in
            Diagnostic(problem.severity, problem.reason, at: SourceLocation(file: file.path, line: problem.index + 1))
        }
        return NormalizedNote(
            source: file.path, format: format, markdown: writer.markdown, lineMap: writer.lineMap,
            dropped: dropped, diagnostics: diagnostics)
    }
}
