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
        for name in names {
            let components = name.split(separator: "/")
            if components.contains(where: { $0.hasPrefix(".") }) || Self.ignoredNames.contains(String(components.last ?? "")) {
                continue
            }
            let url = folder.appendingPathComponent(name)
            let resolved = url.resolvingSymlinksInPath().standardizedFileURL.path
            if resolved != root && !resolved.hasPrefix(root + "/") {
                diagnostics.append(Diagnostic(.warning, .linkedFileOutsideInput(target: resolved), at: SourceLocation(file: SourcePath(name), line: 1)))
                continue
            }
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDir), !isDir.boolValue else { continue }
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
            return (nil, [Diagnostic(.error, .unreadableFile(detail: "permission denied or file vanished"), at: start)])
        }
        if data.isEmpty {
            return (SourceFile(path: path, text: ""), [Diagnostic(.warning, .emptyFile, at: start)])
        }
        if data.prefix(8192).contains(0) && !(data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])) {
            return (nil, [Diagnostic(.warning, .binaryFile, at: start)])
        }
        let decoded = TextDecoder.decode(data)
        var diagnostics: [Diagnostic] = []
        if decoded.encoding == .windows1252 {
            diagnostics.append(Diagnostic(.warning, .legacyEncoding(name: "Windows-1252"), at: start))
        }
        for line in decoded.invalidLines {
            diagnostics.append(Diagnostic(.warning, .invalidBytes(count: 1), at: SourceLocation(file: path, line: line)))
        }
        return (SourceFile(path: path, text: decoded.text, encoding: decoded.encoding), diagnostics)
    }
}
