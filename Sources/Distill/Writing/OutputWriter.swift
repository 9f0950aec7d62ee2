import Foundation

/// The write stage, the only code that writes to disk. It writes everything into a
/// fresh folder beside the output folder and swaps it into place only when complete, so
/// a failed or interrupted build leaves the previous output as it was.
public struct OutputWriter: Sendable {
    public let folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    public enum WriteError: Error, CustomStringConvertible {
        case unsafePath(String)

        public var description: String {
            switch self {
            case let .unsafePath(path): "refusing to write '\(path)': it would land outside the output folder"
            }
        }
    }

    public func write(_ files: [RenderedFile]) throws {
        let fileManager = FileManager.default
        let parent = folder.deletingLastPathComponent()
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        let staging = parent.appendingPathComponent(".\(folder.lastPathComponent).staging-\(token)", isDirectory: true)
        defer { try? fileManager.removeItem(at: staging) }
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        for file in files {
            guard Self.isSafe(file.path) else { throw WriteError.unsafePath(file.path) }
            let url = staging.appendingPathComponent(file.path)
            try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.contents.write(to: url)
        }
        try keepHiddenFiles(into: staging)
        try swap(staging)
    }

    /// A relative path with no `..`, no leading `/` and no empty segments.
    static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }

    /// Files the user or a tool keeps in the output folder (`.gitkeep`, `.cache`) survive a build.
    private func keepHiddenFiles(into staging: URL) throws {
        let fileManager = FileManager.default
        guard let names = try? fileManager.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(".") {
            let target = staging.appendingPathComponent(name)
            if !fileManager.fileExists(atPath: target.path) {
                // The build cache can be hundreds of megabytes and is only a speed-up: move it,
                // at the risk of losing it if the swap fails, rather than copy it every build.
                if name == ".cache" {
                    try fileManager.moveItem(at: folder.appendingPathComponent(name), to: target)
                } else {
                    try fileManager.copyItem(at: folder.appendingPathComponent(name), to: target)
                }
            }
        }
    }

    private func swap(_ staging: URL) throws {
        let fileManager = FileManager.default
        let retired = staging.deletingLastPathComponent()
            .appendingPathComponent(staging.lastPathComponent.replacingOccurrences(of: "staging", with: "retired"))
        if fileManager.fileExists(atPath: folder.path) {
            try fileManager.moveItem(at: folder, to: retired)
        }
        do {
            try fileManager.moveItem(at: staging, to: folder)
        } catch {
            // Put the previous output back rather than leave none.
            try? fileManager.moveItem(at: retired, to: folder)
            throw error
        }
        try? fileManager.removeItem(at: retired)
    }
}
