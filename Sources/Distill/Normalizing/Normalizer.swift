import Foundation

/// Rewrites a raw note of any format as canonical markdown, keeping a map back to its raw lines.
///
/// The stages: measure lines, detect the format, mark noise, parse blocks, level headings,
/// write markdown. Each is one linear pass over the lines.
public struct Normalizer: Sendable {
    /// The input folder, where images must be found to be kept; nil drops every image.
    public let inputFolder: URL?

    public init(inputFolder: URL? = nil) {
        self.inputFolder = inputFolder
    }

    /// Normalizes one loaded file.
    public func normalize(_ file: SourceFile) -> NormalizedNote {
        var lines = file.lines.enumerated().map { SourceLine(number: $0.offset + 1, raw: $0.element) }
        let format = FormatDetector.detect(path: file.path, lines: lines)
        let orgDropped = format == .orgMode ? OrgSyntax.rewrite(&lines) : [:]
        var problems = dropImages(&lines, path: file.path)
        let noise = NoiseScanner(lines: lines, format: format, dropped: orgDropped)
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
        problems += parser.problems
        problems.sort { $0.index < $1.index }
        let diagnostics = problems.map { problem in
            Diagnostic(problem.severity, problem.reason, at: SourceLocation(file: file.path, line: problem.index + 1))
        }
        return NormalizedNote(
            source: file.path, format: format, markdown: writer.markdown, lineMap: writer.lineMap,
            dropped: dropped, diagnostics: diagnostics)
    }

    /// Replaces images whose file is not in the input folder by their alt text, outside code.
    private func dropImages(_ lines: inout [SourceLine], path: SourcePath) -> [BlockParser.Problem] {
        let filter = ImageFilter(folder: inputFolder, note: path)
        var problems: [BlockParser.Problem] = []
        let inCode = CodeFence.mask(lines.map(\.content))
        for index in lines.indices where !inCode[index] {
            let content = lines[index].content
            let (text, dropped) = filter.filter(content)
            guard !dropped.isEmpty else { continue }
            lines[index].content = String(HeadingText.trim(Substring(text)))
            for target in dropped { problems.append((index, .warning, .imageDropped(source: target))) }
        }
        return problems
    }
}
