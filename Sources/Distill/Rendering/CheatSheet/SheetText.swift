import Foundation

/// Small operations on a fact's HTML (as `InlineHTML` made it) that the planner needs.
enum SheetText {
    /// The number of characters of `HTMLText.plain(html)`, which the planner asks of every
    /// fact. ASCII HTML without CR or an entity is counted on its bytes, without making the text.
    static func plainCount(_ html: String) -> Int {
        guard html.isAllASCII, !html.containsByte(0x0D), !html.containsByte(UInt8(ascii: "&")) else { return HTMLText.plain(html).count }
        var count = 0
        HTMLText.forEachVisibleByte(of: html) { _ in count += 1 }
        return count
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
        return HTMLText.plain(out).hasNonWhitespace ? out : html
    }

    private static let aside = try! NSRegularExpression(pattern: #"\s*\([^()0-9<>]*[A-Za-z][^()0-9<>]*\)"#)

    private static func dropAsides(inText text: String) -> String {
        let range = NSRange(text.startIndex..., in: text)
        return aside.stringByReplacingMatches(in: text, range: range, withTemplate: "")
    }
}
