import Foundation

/// The folder the preview server may serve, and the only way a request path becomes a file.
///
/// A path is decoded once, split on `/`, and refused if any segment is empty-after-decoding
/// trickery, `.` or `..`, hidden, or holds a NUL or backslash; the resolved file must still
/// lie inside the folder after following symbolic links, so a link cannot lead out of it.
public struct SiteFolder: Sendable {
    public let root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// What a request path names.
    public enum Lookup: Equatable, Sendable {
        /// A regular file inside the folder.
        case file(URL)
        /// A folder without its trailing slash: the browser should be sent to `path + "/"`.
        case redirect(String)
        case notFound
        /// The path tries to leave the folder or reach a hidden file.
        case forbidden
    }

    /// Resolves the path part of a request target (no query), e.g. `/topics/s3.html`.
    public func lookup(_ requestPath: String) -> Lookup {
        guard requestPath.hasPrefix("/") else { return .forbidden }
        guard let segments = Self.segments(of: requestPath) else { return .forbidden }
        var url = root
        for segment in segments { url.appendPathComponent(segment) }
        guard isInside(url) else { return .forbidden }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return .notFound }
        if isDirectory.boolValue {
            guard requestPath.hasSuffix("/") else { return .redirect(requestPath + "/") }
            let index = url.appendingPathComponent("index.html")
            guard isInside(index), FileManager.default.fileExists(atPath: index.path, isDirectory: &isDirectory),
                  !isDirectory.boolValue
            else { return .notFound }
            return .file(index)
        }
        return .file(url)
    }

    /// The decoded segments of a request path, or nil when one of them is unsafe.
    static func segments(of requestPath: String) -> [String]? {
        var segments: [String] = []
        for raw in requestPath.split(separator: "/", omittingEmptySubsequences: true) {
            // A segment that does not decode is refused rather than served as written.
            guard let decoded = raw.removingPercentEncoding else { return nil }
            if decoded.isEmpty || decoded.hasPrefix(".") || decoded.contains("/") || decoded.contains("\\")
                || decoded.contains("\0") {
                return nil
            }
            segments.append(decoded)
        }
        return segments
    }

    /// Whether `url`, with every symbolic link followed, is the root or below it.
    private func isInside(_ url: URL) -> Bool {
        let base = root.resolvingSymlinksInPath().path
        let resolved = url.resolvingSymlinksInPath().standardizedFileURL.path
        return resolved == base || resolved.hasPrefix(base + "/")
    }
}
