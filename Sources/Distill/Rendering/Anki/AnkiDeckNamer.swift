/// Deck names from the topic tree (`Deck::Topic::Subtopic`), written the way Anki keeps
/// them: Anki compares deck names without case, so the first spelling of a deck (a parent
/// is always named before its children) is used for every later row, and Anki never
/// creates a deck the file does not name.
struct AnkiDeckNamer {
    private var spelling: [String: String] = [:]
    /// Each title's segment, worked out once: every card of a topic repeats its path. Keyed
    /// by the exact bytes, as two spellings that Unicode counts as equal make two segments.
    private var segments: [[UInt8]: String] = [:]
    /// The last deck named: cards come topic by topic, and a deck's name never changes once
    /// given, so comparing with the last path costs less than naming it again.
    private var last: (root: String, path: [String], name: String)?

    /// The deck of a card under `root` with the topic titles `path`.
    mutating func name(root: String, path: [String]) -> String {
        if let last, last.root == root, last.path == path { return last.name }
        let name = newName(root: root, path: path)
        last = (root, path, name)
        return name
    }

    private mutating func newName(root: String, path: [String]) -> String {
        var names: [String] = []
        var key = ""
        for title in [root] + path {
            let bytes = Array(title.utf8)
            let segment = segments[bytes] ?? Self.segment(title)
            segments[bytes] = segment
            key += (key.isEmpty ? "" : "::") + segment.lowercased()
            if let known = spelling[key] {
                names.append(known)
            } else {
                spelling[key] = segment
                names.append(segment)
            }
        }
        return names.joined(separator: "::")
    }

    /// One deck name segment: `::` separates decks and Anki trims and collapses spaces, so
    /// neither may stand inside one (a run of colons becomes one); never empty. A deck name is
    /// a label, not HTML, but lists of decks are shown in web views, so angle brackets become
    /// look-alike quotes and no tag from a heading can reach one.
    static func segment(_ title: String) -> String {
        var cleaned = String.UnicodeScalarView()
        var afterColon = false
        for scalar in title.unicodeScalars {
            defer { afterColon = scalar == ":" }
            switch scalar {
            case ":": if !afterColon { cleaned.append(scalar) }
            case "\"": cleaned.append("'")
            case "<": cleaned.append("‹")
            case ">": cleaned.append("›")
            default: cleaned.append(scalar.properties.generalCategory == .control ? " " : scalar)
            }
        }
        let words = String(cleaned).split(whereSeparator: \.isWhitespace)
        return words.isEmpty ? "Untitled" : words.joined(separator: " ")
    }
}
