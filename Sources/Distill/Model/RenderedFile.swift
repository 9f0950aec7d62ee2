import Foundation

/// A file a renderer made, addressed relative to the output folder.
public struct RenderedFile: Hashable, Sendable {
    /// Relative path with `/` separators, e.g. `site/index.html`.
    public var path: String
    public var contents: Data

    public init(path: String, contents: Data) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, text: String) {
        self.init(path: path, contents: Data(text.utf8))
    }
}
