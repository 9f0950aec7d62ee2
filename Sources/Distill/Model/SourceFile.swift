import Foundation

/// An input file as loaded: its decoded text with line endings folded to `\n`.
public struct SourceFile: Hashable, Sendable {
    /// How the file's bytes were decoded.
    public enum Encoding: String, Hashable, Sendable, Codable {
        case utf8 = "UTF-8"
        case utf8BOM = "UTF-8 with BOM"
        case utf16LE = "UTF-16LE"
        case utf16BE = "UTF-16BE"
        case windows1252 = "Windows-1252"
    }

    public var path: SourcePath
    public var text: String
    public var encoding: Encoding
    /// Lines of the raw file (after line-ending folding); index 0 is line 1.
    public var lines: [Substring]

    public init(path: SourcePath, text: String, encoding: Encoding = .utf8) {
        self.path = path
        self.text = text
        self.encoding = encoding
        // Split on the byte: a line feed is always a character of its own, so this cuts where
        // splitting on characters would, without finding character boundaries.
        var lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
        if lines.last?.isEmpty == true { lines.removeLast() }
        self.lines = lines
    }

    public var lineCount: Int { lines.count }
}
