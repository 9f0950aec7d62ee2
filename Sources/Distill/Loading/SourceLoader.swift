import Foundation

/// The load stage: finds the note files in the input folder and decodes them.
public struct SourceLoader: Sendable {
    /// File names the loader never treats as notes.
    static let ignoredNames: Set<String> = [ConfigLoader.fileName, ".DS_Store", "Thumbs.db"]

    public let folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    /// The note files under the folder, sorted, as paths relative to it; problems found
    /// while listing (missing folder, links out of it) are diagnostics.
    public func discover() -> (paths: [SourcePath], diagnostics: [Diagnostic]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return ([], [Diagnostic(.error, .inputFolderMissing(path: folder.path))])
        }
        var paths: [SourcePath] = []
        var diagnostics: [Diagnostic] = []
        let root = folder.resolvingSymlinksInPath().standardizedFileURL.path
        let names = (FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []).sorted()
        // Folders refused as links out of the input: nothing under them is read or reported again.
        var refused: [String] = []
        for name in names {
            let components = name.split(separator: "/")
            if components.contains(where: { $0.hasPrefix(".") }) || Self.ignoredNames.contains(String(components.last ?? "")) {
                continue
            }
            if refused.contains(where: { name.hasPrefix($0 + "/") }) { continue }
            let url = folder.appendingPathComponent(name)
            let here = SourceLocation(file: SourcePath(name), line: 1)
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: url.path),
               !FileManager.default.fileExists(atPath: url.path) {
                diagnostics.append(Diagnostic(.warning, .unreadableFile(detail: "symbolic link to '\(target)', which does not exist; skipped"), at: here))
                continue
            }
            let resolved = url.resolvingSymlinksInPath().standardizedFileURL.path
            if resolved != root && !resolved.hasPrefix(root + "/") {
                diagnostics.append(Diagnostic(.warning, .linkedFileOutsideInput(target: resolved), at: here))
                refused.append(name)
                continue
            }
            let type = (try? FileManager.default.attributesOfItem(atPath: resolved))?[.type] as? FileAttributeType
            if type == .typeDirectory { continue }
            guard type == .typeRegular else {
                // Reading a named pipe would wait forever; sockets and devices are not notes.
                diagnostics.append(Diagnostic(.warning, .unreadableFile(detail: "not a regular file (a pipe, socket or device); skipped"), at: here))
                continue
            }
            paths.append(SourcePath(name))
        }
        if paths.isEmpty && diagnostics.isEmpty {
            diagnostics.append(Diagnostic(.error, .inputFolderEmpty(path: folder.path)))
        }
        return (paths, diagnostics)
    }

    /// Reads and decodes one file. Binary and unreadable files give nil with a diagnostic.
    public func load(_ path: SourcePath) -> (file: SourceFile?, diagnostics: [Diagnostic]) {
        load(path, contents: contents(of: path))
    }

    /// The raw bytes of one file, or nil when it cannot be read.
    public func contents(of path: SourcePath) -> Data? {
        FileManager.default.contents(atPath: folder.appendingPathComponent(path.rawValue).path)
    }

    /// Decodes bytes already read from `path` (nil: the file could not be read).
    public func load(_ path: SourcePath, contents: Data?) -> (file: SourceFile?, diagnostics: [Diagnostic]) {
        let start = SourceLocation(file: path, line: 1)
        guard let data = contents else {
            let url = folder.appendingPathComponent(path.rawValue)
            let detail = FileManager.default.isReadableFile(atPath: url.path)
                ? "the file vanished or could not be read"
                : "permission denied (check the file's permissions)"
            return (nil, [Diagnostic(.error, .unreadableFile(detail: detail), at: start)])
        }
        if data.isEmpty || data.allSatisfy(\.isASCIIWhitespace) {
            return (SourceFile(path: path, text: ""), [Diagnostic(.warning, .emptyFile, at: start)])
        }
        if let kind = Self.binaryKind(data) {
            return (nil, [Diagnostic(.warning, .binaryFile(kind: kind), at: start)])
        }
        let decoded = TextDecoder.decode(data)
        var diagnostics: [Diagnostic] = []
        if decoded.encoding == .windows1252 {
            let line = SourceLocation(file: path, line: decoded.firstNonUTF8Line)
            diagnostics.append(Diagnostic(.warning, .legacyEncoding(name: "Windows-1252"), at: line))
        }
        for line in decoded.invalidLines {
            diagnostics.append(Diagnostic(.warning, .invalidBytes(count: 1), at: SourceLocation(file: path, line: line)))
        }
        let file = SourceFile(path: path, text: decoded.text, encoding: decoded.encoding)
        for (line, bytes) in Self.longLines(of: file) {
            diagnostics.append(Diagnostic(.warning, .hugeLine(bytes: bytes), at: SourceLocation(file: path, line: line)))
        }
        return (file, diagnostics)
    }

    /// Signatures of files people drop among their notes that are not text.
    private static let signatures: [(bytes: [UInt8], kind: String)] = [
        (Array("%PDF-".utf8), "a PDF document"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        (Array("GIF8".utf8), "a GIF image"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive or Office document"),
        ([0xD0, 0xCF, 0x11, 0xE0], "an old Office document"),
        ([0x7F, 0x45, 0x4C, 0x46], "a program"),
    ]

    /// What kind of binary file the bytes are, or nil for text. UTF-16 text holds NUL
    /// bytes too, so a UTF-16 byte-order mark means text.
    static func binaryKind(_ data: Data) -> String? {
        if let match = signatures.first(where: { data.starts(with: $0.bytes) }) { return match.kind }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) { return nil }
        return data.prefix(8192).contains(0) ? "it holds NUL bytes" : nil
    }

    /// Lines longer than this many bytes are reported: kept, but likely not typed notes.
    static let longLineLimit = 100_000

    /// 1-based numbers and byte lengths of the file's lines over `longLineLimit`: its lines are
    /// cut already, and a line's length in bytes is known without reading it.
    static func longLines(of file: SourceFile) -> [(line: Int, bytes: Int)] {
        guard file.text.utf8.count > longLineLimit else { return [] }
        return file.lines.enumerated().compactMap { index, line in
            line.utf8.count > longLineLimit ? (index + 1, line.utf8.count) : nil
        }
    }

    private static func reason(_ error: Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}
