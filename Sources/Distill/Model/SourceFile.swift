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
        self.encoding = encoding
        // Split on the byte: a line feed is always a character of its own, so this cuts where
        // splitting on characters would, without finding character boundaries. The line feeds
        // are found in the bytes in place: stepping through the text's UTF-8 view, index by
        // index, took most of the time of loading a file.
        var text = text
        var breaks: [Int] = []
        text.withUTF8 { bytes in
            for (offset, byte) in bytes.enumerated() where byte == 0x0A { breaks.append(offset) }
        }
        self.text = text
        let utf8 = text.utf8
        var lines: [Substring] = []
        lines.reserveCapacity(breaks.count + 1)
        var start = utf8.startIndex
        for offset in breaks + [utf8.count] {
            let end = utf8.index(utf8.startIndex, offsetBy: offset)
            lines.append(Substring(utf8[start..<end]))
            start = end < utf8.endIndex ? utf8.index(after: end) : end
        }
        if lines.last?.isEmpty == true { lines.removeLast() }
        self.lines = lines
    }

    public var lineCount: Int { lines.count }
}
