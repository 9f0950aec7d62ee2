import Foundation

/// Keeps images whose file is inside the input folder and turns every other image, markdown
/// `![alt](path)` or HTML `<img>`, into its alt text, naming the target that was dropped.
struct ImageFilter: Sendable {
    /// The input folder; without one no file can be reached and every image is dropped.
    let folder: URL?
    /// The note's own folder inside the input folder, which relative targets start from.
    let noteFolder: String

    init(folder: URL?, note: SourcePath) {
        self.folder = folder?.standardizedFileURL
        let parts = note.rawValue.split(separator: "/").dropLast()
        noteFolder = parts.joined(separator: "/")
    }

    /// Whether the text holds `![` or `<img` in any case: only then can it hold an image.
    static func mayHoldImage(_ text: String) -> Bool {
        // Most lines hold neither `!` nor `<`, which two library searches tell at once.
        guard text.containsByte(UInt8(ascii: "!")) || text.containsByte(UInt8(ascii: "<")) else { return false }
        var previous: UInt8 = 0
        var run = 0
        for byte in text.utf8 {
            if previous == UInt8(ascii: "!") && byte == UInt8(ascii: "[") { return true }
            // `run` counts how much of `<img` ends here.
            let lower = byte | 0x20
            if byte == UInt8(ascii: "<") {
                run = 1
            } else if (run == 1 && lower == UInt8(ascii: "i")) || (run == 2 && lower == UInt8(ascii: "m")) {
                run += 1
            } else if run == 3 && lower == UInt8(ascii: "g") {
                return true
            } else {
                run = 0
            }
            previous = byte
        }
        return false
    }

    /// The line with unreachable images replaced by their alt text, and the dropped targets.
    func filter(_ text: String) -> (text: String, dropped: [String]) {
        guard Self.mayHoldImage(text) else { return (text, []) }
        var out = String()
        var dropped: [String] = []
        var index = text.startIndex
        while index < text.endIndex {
            if text[index...].hasPrefix("!["), let image = markdownImage(text, at: index) {
                if isReachable(image.target) {
                    out += text[index..<image.end]
                } else {
                    out += image.alt
                    dropped.append(String(image.target))
                }
                index = image.end
                continue
            }
            if text[index] == "<", let tag = HTMLTag.parse(text, at: index), tag.name == "img", !tag.isClosing {
                let source = tag.attribute("src") ?? ""
                let alt = tag.attribute("alt") ?? ""
                if !source.isEmpty, isReachable(source) {
                    out += "![\(alt)](\(source))"
                } else {
                    out += alt
                    dropped.append(String(source))
                }
                index = tag.end
                continue
            }
            out.append(text[index])
            index = text.index(after: index)
        }
        return (out, dropped)
    }

    /// `![alt](target "title")`: the alt text, the target and the index after `)`.
    private func markdownImage(_ text: String, at start: String.Index) -> (alt: Substring, target: Substring, end: String.Index)? {
        let altStart = text.index(start, offsetBy: 2)
        guard let close = text[altStart...].firstIndex(of: "]") else { return nil }
        let paren = text.index(after: close)
        guard paren < text.endIndex, text[paren] == "(",
            let end = text[paren...].firstIndex(of: ")")
        else { return nil }
        var target = text[text.index(after: paren)..<end].drop(while: { $0 == " " })
        if let space = target.firstIndex(where: { $0 == " " || $0 == "\t" }) { target = target[..<space] }
        if target.hasPrefix("<"), target.hasSuffix(">"), target.count >= 2 { target = target.dropFirst().dropLast() }
        return (text[altStart..<close], target, text.index(after: end))
    }

    /// Whether `target` names an existing file inside the input folder.
    private func isReachable(_ target: Substring) -> Bool {
        guard let folder, !target.isEmpty, !target.contains(":"), !target.hasPrefix("/") else { return false }
        var path = String(target)
        if let cut = path.firstIndex(where: { $0 == "#" || $0 == "?" }) { path = String(path[..<cut]) }
        path = path.removingPercentEncoding ?? path
        let base = noteFolder.isEmpty ? folder : folder.appendingPathComponent(noteFolder)
        let url = base.appendingPathComponent(path).standardizedFileURL
        guard url.path.hasPrefix(folder.path + "/") else { return false }
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }
}
