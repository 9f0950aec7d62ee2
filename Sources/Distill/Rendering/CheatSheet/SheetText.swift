import Foundation

/// Small operations on a fact's HTML (as `InlineHTML` made it) that the planner needs.
enum SheetText {
    /// The text a reader sees: tags removed, the entities `InlineHTML` writes decoded.
    static func plain(_ html: String) -> String {
        var text = ""
        var inTag = false
        for character in html {
            switch character {
            case "<": inTag = true
            case ">" where inTag: inTag = false
            default: if !inTag { text.append(character) }
            }
        }
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }

    /// The HTML without its parenthetical asides: `(...)` with no digit, tag or nested bracket
    /// inside, and the space before it. Numbers in brackets are often the limit worth
    /// remembering, so those stay; words are never cut.
    static func droppingAsides(_ html: String) -> String {
        // Only text between tags is touched, so attributes (an href with brackets) stay whole.
        var out = ""
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" && !inTag {
                out += dropAsides(inText: text)
                text = ""
                inTag = true
            }
            if inTag { out.append(character) } else { text.append(character) }
            if character == ">" && inTag { inTag = false }
        }
        out += dropAsides(inText: text)
        // An aside that was the whole text is the fact, not an aside.
        return plain(out).allSatisfy(\.isWhitespace) ? html : out
    }

    private static let aside = try! NSRegularExpression(pattern: #"\s*\([^()0-9<>]*[A-Za-z][^()0-9<>]*\)"#)

    private static func dropAsides(inText text: String) -> String {
        let range = NSRange(text.startIndex..., in: text)
        return aside.stringByReplacingMatches(in: text, range: range, withTemplate: "")
    }
}
