import Foundation

/// The Mustache templates of one output format (`site`, `cheatsheet`, `anki`), loaded from
/// the templates folder, with every file's text kept for located error messages.
public struct TemplateSet: Sendable {
    /// The format's folder name under the templates folder.
    public let format: String
    public let folder: URL
    /// The compiled templates by name: the path under the format's folder without `.mustache`.
    private let templates: [String: [TemplateNode]]
    /// Names the templates use that no view type has (they render as empty text).
    public let warnings: [Diagnostic]

    /// Loads every `*.mustache` file under `<templates>/<format>/`; a syntax error is a
    /// diagnostic located in the template file.
    public static func load(format: String, from templates: URL) -> Result<TemplateSet, TemplateError> {
        let folder = templates.appendingPathComponent(format, isDirectory: true)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return .failure(TemplateError(diagnostic: Diagnostic(.error, .templateMissing(name: "\(format)/ (looked in \(folder.path))"))))
        }
        var templates: [String: [TemplateNode]] = [:]
        var texts: [(name: String, url: URL, bytes: [UInt8])] = []
        var warnings: [Diagnostic] = []
        let files = (FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".mustache") }
            .sorted()
        for file in files {
            let url = folder.appendingPathComponent(file)
            let location = SourceLocation(file: SourcePath(url.path), line: 1)
            guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
                return .failure(TemplateError(diagnostic: Diagnostic(.error, .unreadableFile(detail: "template is not UTF-8 text"), at: location)))
            }
            do throws(TemplateSyntaxError) {
                let name = String(file.dropLast(".mustache".count))
                let nodes = try TemplateParser.parse(text)
                let bytes = Array(text.utf8)
                templates[name] = nodes
                texts.append((name, url, bytes))
                for use in TemplateVocabulary.unknownNames(in: nodes, text: bytes) {
                    let place = SourceLocation(file: SourcePath(url.path), line: use.line, column: use.column)
                    warnings.append(Diagnostic(.warning, .templateUnknownField(name: use.name), at: place))
                }
            } catch {
                let place = SourceLocation(file: SourcePath(url.path), line: error.line, column: error.column)
                return .failure(TemplateError(diagnostic: Diagnostic(.error, .templateSyntax(detail: "template syntax error: \(error.message)"), at: place)))
            }
        }
        // A partial that names no template renders as nothing: say where, so it is not lost.
        for (name, url, bytes) in texts {
            for case let .partial(partial, offset) in templates[name]?.tags ?? [] where templates[partial] == nil {
                let place = TemplateSyntaxError.place(of: offset, in: bytes)
                warnings.append(Diagnostic(
                    .warning, .templateMissing(name: "\(format)/\(partial).mustache"),
                    at: SourceLocation(file: SourcePath(url.path), line: place.line, column: place.column)))
            }
        }
        return .success(TemplateSet(format: format, folder: folder, templates: templates, warnings: warnings))
    }

    private init(format: String, folder: URL, templates: [String: [TemplateNode]], warnings: [Diagnostic]) {
        self.format = format
        self.folder = folder
        self.templates = templates
        self.warnings = warnings
    }

    /// Renders `context` with the template `name` (without `.mustache`) as the file at `path`.
    func render(_ context: some TemplateRepresentable, with name: String, to path: String) throws(TemplateError) -> RenderedFile {
        guard let nodes = templates[name] else {
            throw TemplateError(diagnostic: Diagnostic(.error, .templateMissing(name: "\(format)/\(name).mustache (looked in \(folder.path))")))
        }
        // Written as UTF-8 bytes, which go to disk as they are: appending to a string checks its
        // storage at every piece, a page is written in thousands of pieces, and making a string
        // of the bytes at the end would read every byte again to check it.
        var output: [UInt8] = []
        output.reserveCapacity(1 << 14)
        var renderer = TemplateRenderer(templates: templates, root: context.templateValue)
        renderer.render(nodes, escaping: true, into: &output)
        return RenderedFile(path: path, utf8: output)
    }

    /// Static files (CSS, scripts) beside the templates, under `<format>/assets/`, as output files
    /// under `prefix`.
    public func assets(into prefix: String) -> [RenderedFile] {
        let assets = folder.appendingPathComponent("assets", isDirectory: true)
        guard let names = FileManager.default.enumerator(atPath: assets.path)?.compactMap({ $0 as? String }) else { return [] }
        return names.sorted().compactMap { name in
            var isDirectory: ObjCBool = false
            let url = assets.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  let data = FileManager.default.contents(atPath: url.path)
            else { return nil }
            return RenderedFile(path: "\(prefix)/assets/\(name)", contents: data)
        }
    }
}

/// A template that could not be found or rendered.
public struct TemplateError: Error, Sendable {
    public var diagnostic: Diagnostic
}
