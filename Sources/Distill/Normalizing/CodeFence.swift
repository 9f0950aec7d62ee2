/// A fenced code block's opening line: ``` or ~~~, three or more.
struct CodeFence: Sendable {
    let character: Character
    let length: Int

    static func opening(_ content: String) -> CodeFence? {
        // Most lines are told by their first byte: a fence starts with `` ` `` or `~`, or with
        // U+1FEF (first byte E1), a character Swift counts as equal to `` ` ``.
        guard let byte = content.utf8.first, byte == 0x60 || byte == 0x7E || byte == 0xE1 else { return nil }
        guard let first = content.first, first == "`" || first == "~" else { return nil }
        let length = content.prefix(while: { $0 == first }).count
        guard length >= 3 else { return nil }
        // A backtick fence's info string may not hold a backtick.
        if first == "`", content.dropFirst(length).contains("`") { return nil }
        return CodeFence(character: first, length: length)
    }

    func isClosed(by content: String) -> Bool {
        let run = content.prefix(while: { $0 == character }).count
        return run >= length && content.dropFirst(run).allSatisfy { $0 == " " || $0 == "\t" }
    }
}

extension CodeFence {
    /// For each line, whether it opens, closes or lies inside fenced code; a fence left open
    /// runs to the end.
    static func mask(_ contents: [String]) -> [Bool] {
        var inside = Array(repeating: false, count: contents.count)
        var open: CodeFence?
        for (index, content) in contents.enumerated() {
            if let fence = open {
                inside[index] = true
                if fence.isClosed(by: content) { open = nil }
            } else if let fence = opening(content) {
                inside[index] = true
                open = fence
            }
        }
        return inside
    }
}
