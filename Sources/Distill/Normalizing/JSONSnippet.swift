/// Recognises lines of JSON pasted into notes without a code fence.
enum JSONSnippet {
    /// `"Key": value,`, `{`, `],`: a line that only makes sense as JSON.
    static func isLine(_ content: String) -> Bool {
        guard let first = content.first else { return false }
        switch first {
        case "{", "}", "[", "]":
            return content.count <= 3 || content.containsLiteral("\":") || content.hasSuffix("{") || content.hasSuffix("[")
        case "\"":
            guard let close = content.dropFirst().firstIndex(of: "\"") else { return false }
            let after = content[content.index(after: close)...].drop(while: { $0 == " " })
            return after.hasPrefix(":")
        default:
            return false
        }
    }
}
