import Foundation
#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif

/// The write stage, the only code that writes to disk. It writes everything into a
/// fresh folder beside the output folder and swaps it into place only when complete, so
/// a failed or interrupted build leaves the previous output as it was.
public struct OutputWriter: Sendable {
    public let folder: URL
    /// Whether `write` leaves the previous output beside the new one, retired, until
    /// `removeRetiredOutput`, instead of removing it once the new one is in place: the preview
    /// server tells its pages of a build first and removes the old files after.
    public var leavesRetiredOutput = false

    public init(folder: URL) {
        self.folder = folder
    }

    public enum WriteError: Error, CustomStringConvertible, Sendable {
        case unsafePath(String)
        case failed(path: String, reason: String)

        public var description: String {
            switch self {
            case let .unsafePath(path): "refusing to write '\(path)': it would land outside the output folder"
            case let .failed(path, reason): "could not write '\(path)': \(reason)"
            }
        }
    }

    /// Writes one file (see `FileBytes`). The staged folder is swapped in whole, so a crash
    /// mid-write still leaves the previous output.
    private static func writeFile(_ buffer: UnsafeRawBufferPointer, to path: String) -> WriteError? {
        FileBytes.write(buffer, to: path).map { .failed(path: path, reason: $0) }
    }

    /// Links the previous output's file into the staging folder when its bytes are the ones
    /// to write. A rebuild then makes new files only for what changed: creating a file costs
    /// the file system far more than reading one it has cached, and an unchanged page keeps
    /// its modification time for browsers and servers. Anything unexpected (no such file, a
    /// link, another size, a file system without hard links) answers false, and the caller
    /// writes the file.
    static func linkUnchanged(_ expected: UnsafeRawBufferPointer, from previous: String, to target: String) -> Bool {
        let descriptor = open(previous, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size == expected.count else {
            return false
        }
        return reads(descriptor, as: expected) && link(previous, target) == 0
    }

    /// Whether the open file's next `expected.count` bytes are `expected`'s.
    private static func reads(_ descriptor: Int32, as expected: UnsafeRawBufferPointer) -> Bool {
        guard !expected.isEmpty else { return true }
        let chunk = 1 << 16
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: chunk, alignment: 16)
        defer { buffer.deallocate() }
        var offset = 0
        while offset < expected.count {
            let read = systemRead(descriptor, buffer, min(chunk, expected.count - offset))
            if read < 0 && errno == EINTR { continue }
            guard read > 0, memcmp(buffer, expected.baseAddress! + offset, read) == 0 else { return false }
            offset += read
        }
        return true
    }

    /// Writes every file whose path stays inside the output folder and swaps the result in.
    /// Files with any other path are not written; they come back as errors, one each.
    @discardableResult
    public func write(_ files: [RenderedFile]) throws -> [WriteError] {
        let fileManager = FileManager.default
        let parent = folder.deletingLastPathComponent()
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        recoverInterruptedSwap()
        let token = "\(Self.processToken)\(UInt32.random(in: 0...UInt32.max))"
        let staging = sibling(.staging, token)
        defer { try? fileManager.removeItem(at: staging) }
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        var refused: [WriteError] = []
        var safe: [RenderedFile] = []
        // A safe path has no `.` or `..` segment, no empty one and no leading `/`, so joined to
        // the staging folder it names a place inside it: no path needs to be resolved.
        for file in files {
            guard Self.isSafe(file.path) else {
                refused.append(.unsafePath(file.path))
                continue
            }
            safe.append(file)
        }
        // Each folder is made once, not once per file. A path's folder ends at its last byte
        // `/`, as the file system reads it.
        var folders = Set<String>()
        for file in safe {
            let slash = file.path.utf8.lastIndex(of: 0x2F)
            if let slash, folders.insert(String(file.path[..<slash])).inserted {
                try fileManager.createDirectory(
                    at: staging.appendingPathComponent(String(file.path[..<slash]), isDirectory: true),
                    withIntermediateDirectories: true)
            }
        }
        // The files are independent, so both cores write, the largest first so that none is left
        // to write alone at the end; the first failure is reported.
        let stagingPath = staging.path
        let previousPath = folder.path
        let failures = Parallel.map(safe, costliestFirst: { $0.byteCount }) { file -> WriteError? in
            let target = stagingPath + "/" + file.path
            return file.withBytes { bytes in
                if Self.linkUnchanged(bytes, from: previousPath + "/" + file.path, to: target) { return nil }
                return Self.writeFile(bytes, to: target)
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
        try keepHiddenFiles(into: staging)
        try swap(staging, retiring: sibling(.retired, token))
        return refused
    }

    /// A relative path with no `..`, no leading `/`, no empty segments and no NUL. Segments
    /// are cut at the byte `/`, as the file system cuts them.
    static func isSafe(_ path: String) -> Bool {
        var segment = 0
        var dots = 0
        for byte in path.utf8 {
            switch byte {
            case 0: return false
            case 0x2F:
                // An empty segment, `.` or `..`.
                if segment == dots && segment <= 2 { return false }
                (segment, dots) = (0, 0)
            default:
                segment += 1
                if byte == 0x2E { dots += 1 }
            }
        }
        return !(segment == dots && segment <= 2)
    }

    /// `.Output.` for an output folder named `Output`: the start of the staging and retired
    /// folders' names beside it.
    private var prefix: String { ".\(folder.lastPathComponent)." }

    /// What a staging or retired folder holds, after `prefix`.
    private enum Sibling: String {
        case staging, retired
    }

    /// The start of the token in this process's staging and retired folders' names.
    private static var processToken: String { "\(ProcessInfo.processInfo.processIdentifier)-" }

    /// The staging or retired folder beside the output folder with `token` in its name:
    /// `.Output.staging-<token>` for an output folder named `Output`.
    private func sibling(_ kind: Sibling, _ token: String) -> URL {
        folder.deletingLastPathComponent().appendingPathComponent("\(prefix)\(kind.rawValue)-\(token)", isDirectory: true)
    }

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
            guard Sibling(rawValue: String(kind)) != nil,
                  let pid = Int32(rest.dropFirst(kind.count + 1).prefix { $0 != "-" }), !Self.isRunning(pid)
            else { continue }
            let url = parent.appendingPathComponent(name)
            if kind == Sibling.retired.rawValue, !fileManager.fileExists(atPath: folder.path) {
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

    /// Moves the output folder to `retired` and `staging` in its place.
    private func swap(_ staging: URL, retiring retired: URL) throws {
        let fileManager = FileManager.default
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
        if !leavesRetiredOutput { try? fileManager.removeItem(at: retired) }
    }

    /// Removes the previous outputs this process's builds retired and left (see
    /// `leavesRetiredOutput`).
    public func removeRetiredOutput() {
        let fileManager = FileManager.default
        let parent = folder.deletingLastPathComponent()
        let own = sibling(.retired, Self.processToken).lastPathComponent
        guard let names = try? fileManager.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names where name.hasPrefix(own) {
            try? fileManager.removeItem(at: parent.appendingPathComponent(name))
        }
    }
}
