import Foundation

/// A file a renderer made, addressed relative to the output folder.
public struct RenderedFile: Hashable, Sendable {
    /// Relative path with `/` separators, e.g. `site/index.html`.
    public var path: String
    private var body: Body

    /// A rendered page stays the bytes the templates wrote (or the string other renderers
    /// made): its UTF-8 goes to disk as it is. Copied into `Data` first, every page was copied
    /// once more (528 MB at the bench's largest scale) into memory the system had to hand out
    /// page by page.
    private enum Body: Sendable {
        case data(Data)
        case text(String)
        case utf8([UInt8])
    }

    public init(path: String, contents: Data) {
        self.path = path
        body = .data(contents)
    }

    public init(path: String, text: String) {
        self.path = path
        body = .text(text)
    }

    /// A text file from its UTF-8 bytes, which must be valid UTF-8 (a template's output is).
    init(path: String, utf8: [UInt8]) {
        self.path = path
        body = .utf8(utf8)
    }

    /// The file's bytes; a text file's are copied out of its text.
    public var contents: Data {
        get {
            switch body {
            case let .data(data): data
            case let .text(text): Data(text.utf8)
            case let .utf8(bytes): Data(bytes)
            }
        }
        set { body = .data(newValue) }
    }

    /// The size of `contents`, without making it.
    public var byteCount: Int {
        switch body {
        case let .data(data): data.count
        case let .text(text): text.utf8.count
        case let .utf8(bytes): bytes.count
        }
    }

    /// Calls `read` with the file's bytes, in place.
    public func withBytes<Result>(_ read: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        switch body {
        case let .data(data):
            return try data.withUnsafeBytes(read)
        case var .text(text):
            return try text.withUTF8 { try read(UnsafeRawBufferPointer($0)) }
        case let .utf8(bytes):
            return try bytes.withUnsafeBytes(read)
        }
    }

    /// Two files are equal when their paths and their bytes are, however each holds them.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        guard lhs.path == rhs.path, lhs.byteCount == rhs.byteCount else { return false }
        return lhs.withBytes { left in rhs.withBytes { right in left.elementsEqual(right) } }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        withBytes { hasher.combine(bytes: $0) }
    }
}
