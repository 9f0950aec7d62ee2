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

    /// Writes every file whose path stays inside the output folder and swaps the result in.
    /// Files with any other path are not written; they come back as errors, one each.
    @discardableResult
    public func write(_ files: [RenderedFile]) throws -> [WriteError] {
        let fileManager = FileManager.default
        let parent = folder.deletingLastPathComponent()
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        recoverInterruptedSwap()
        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        let staging = parent.appendingPathComponent("\(prefix)staging-\(token)", isDirectory: true)
        defer { try? fileManager.removeItem(at: staging) }
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        let root = staging.standardizedFileURL.path + "/"
        var refused: [WriteError] = []
        for file in files {
            let url = staging.appendingPathComponent(file.path)
            guard Self.isSafe(file.path), url.standardizedFileURL.path.hasPrefix(root) else {
                refused.append(.unsafePath(file.path))
                continue
            }
            try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.contents.write(to: url)
        }
        try keepHiddenFiles(into: staging)
        try swap(staging)
        return refused
    }

    /// A relative path with no `..`, no leading `/`, no empty segments and no NUL.
    static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\u{0}") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }

    /// `.Output.` for an output folder named `Output`: the start of the staging and retired
    /// folders' names beside it.
    private var prefix: String { ".\(folder.lastPathComponent)." }

    /// Cleans up after a build that was killed: staging folders of processes that are gone
    /// are removed, and if a build died between moving the old output aside and moving the
    /// new one in, the old output is put back.
    private func recoverInterruptedSwap() {
        let fileManager = FileManager.default
        let parent = folder.deletingLastPathComponent()
        guard let names = try? fileManager.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names.sorted() where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            let kind = rest.prefix { $0 != "-" }
            guard kind == "staging" || kind == "retired",
                  let pid = Int32(rest.dropFirst(kind.count + 1).prefix { $0 != "-" }), !Self.isRunning(pid)
            else { continue }
            let url = parent.appendingPathComponent(name)
            if kind == "retired", !fileManager.fileExists(atPath: folder.path) {
                try? fileManager.moveItem(at: url, to: folder)
            } else {
                try? fileManager.removeItem(at: url)
            }
        }
    }

    private static func isRunning(_ pid: Int32) -> Bool {
        pid == ProcessInfo.processInfo.processIdentifier || kill(pid, 0) == 0 || errno == EPERM
    }

    /// Files the user or a tool keeps in the output folder (`.gitkeep`, `.cache`) survive a build.
    private func keepHiddenFiles(into staging: URL) throws {
        let fileManager = FileManager.default
        guard let names = try? fileManager.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(".") {
            let target = staging.appendingPathComponent(name)
            if !fileManager.fileExists(atPath: target.path) {
                try fileManager.copyItem(at: folder.appendingPathComponent(name), to: target)
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
