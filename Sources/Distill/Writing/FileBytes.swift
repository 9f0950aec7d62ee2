#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif

/// Writes bytes to a file with plain `open`/`write`/`close`, without syncing it to disk:
/// `Data.write(to:)` syncs every file, which made writing hundreds of pages, or of cache
/// entries, take seconds. A caller whose old file must survive a crash writes under another
/// name and moves the file into place (the output's staging folder, a cache entry's
/// temporary name).
enum FileBytes {
    /// Writes `buffer` to `path`, making the file or emptying it first; returns why that
    /// failed, or nil.
    static func write(_ buffer: UnsafeRawBufferPointer, to path: String) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        defer { close(descriptor) }
        var offset = 0
        while offset < buffer.count {
            let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            offset += written
        }
        return nil
    }
}
