extension Diagnostic {
    /// Why a diagnostic was raised, with the data the message needs.
    public enum Reason: Hashable, Sendable, Codable {
        case inputFolderMissing(path: String)
        case inputFolderEmpty(path: String)
        case unreadableFile(detail: String)
        case binaryFile(kind: String)
        case emptyFile
        case legacyEncoding(name: String)
        case invalidBytes(count: Int)
        case linkedFileOutsideInput(target: String)
        case configInvalid(detail: String)
        case templateMissing(name: String)
        case templateSyntax(detail: String)
        case factBeforeHeading
        case imageDropped(source: String)
        case rawHTMLDropped
        case lineDropped(rule: String)
        case conflict(detail: String)
        case suspectedDuplicate(detail: String)
        case writeFailed(detail: String)
        case unclosedCodeFence
        case nestingTooDeep(limit: Int)
        /// A cheat sheet could not be printed to PDF, or came out over its page budget.
        case printing(detail: String)
        /// One line longer than the loader's limit.
        case hugeLine(bytes: Int)
        /// A file with text in it, all of it dropped as noise.
        case onlyNoise(lines: Int)
        /// The write stage was skipped, so the previous output folder stays as it was.
        case outputKept(path: String, detail: String)
        /// A template names a field the view model does not have; Mustache renders it empty.
        case templateUnknownField(name: String)

        public var message: String {
            switch self {
            case let .inputFolderMissing(path): "input folder '\(path)' does not exist"
            case let .inputFolderEmpty(path): "input folder '\(path)' holds no note files that could be read"
            case let .unreadableFile(detail): "cannot read file: \(detail)"
            case let .binaryFile(kind): "binary file, not text (\(kind)); skipped"
            case .emptyFile: "file is empty"
            case let .legacyEncoding(name): "not valid UTF-8; read as \(name)"
            case let .invalidBytes(count): "\(count) invalid byte\(count == 1 ? "" : "s") replaced with U+FFFD"
            case let .linkedFileOutsideInput(target): "symbolic link points outside the input folder (\(target)); skipped"
            case let .configInvalid(detail): detail
            case let .templateMissing(name): "template '\(name)' not found"
            case let .templateSyntax(detail): detail
            case .factBeforeHeading: "fact appears before any heading; filed under the file's name"
            case let .imageDropped(source): "image '\(source)' is not reachable from the input folder; dropped"
            case .rawHTMLDropped: "raw HTML block dropped"
            case let .lineDropped(rule): "line dropped by rule '\(rule)'"
            case let .conflict(detail): "conflict: \(detail)"
            case let .suspectedDuplicate(detail): "suspected duplicate: \(detail)"
            case let .writeFailed(detail): "cannot write output: \(detail)"
            case .unclosedCodeFence: "code fence is never closed; closed at the end of the file"
            case let .nestingTooDeep(limit): "list nested deeper than \(limit) levels; deeper items kept at level \(limit)"
            case let .printing(detail): detail
            case let .hugeLine(bytes):
                "line is \(bytes >= 1_048_576 ? "\(bytes / 1_048_576) MB" : "\(bytes / 1024) KB") long with no line break; kept, but check the file is notes"
            case let .onlyNoise(lines):
                "all \(lines) line\(lines == 1 ? "" : "s") with text were dropped as noise (see the dropped lines); nothing to study here"
            case let .outputKept(path, detail): "\(detail); nothing written, '\(path)' keeps the previous build"
            case let .templateUnknownField(name): "unknown field '\(name)' in template; it renders as empty text"
            }
        }
    }
}
