import Foundation

/// Small operations on a fact's HTML (as `InlineHTML` made it) that the planner needs.
enum SheetText {
    /// The text a reader sees: tags removed, the entities `InlineHTML` writes decoded.
    static func plain(_ html: String) -> String {
        if html.isAllASCII { return HTMLText.decodingEntities(plainASCII(html)) }
        var text = ""
        var inTag = false
        for character in html {
            switch character {
            case "<": inTag = true
            case ">" where inTag: inTag = false
            default: if !inTag { text.append(character) }
            }
        }
        return HTMLText.decodingEntities(text)
    }

    /// The number of characters of `plain(html)`, which the planner asks of every fact. ASCII
    /// HTML without CR or an entity is counted on its bytes, without making the text.
    static func plainCount(_ html: String) -> Int {
        guard html.isAllASCII, !html.containsByte(0x0D), !html.containsByte(UInt8(ascii: "&")) else { return plain(html).count }
        var count = 0
        forEachVisibleByte(of: html) { _ in count += 1 }
        return count
    }

    /// `plain`'s tag stripping for ASCII HTML, on its bytes: the same text, since every ASCII
    /// character but CR LF is one byte and those two bytes are kept together either way.
    private static func plainASCII(_ html: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(html.utf8.count)
        forEachVisibleByte(of: html) { out.append($0) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Each byte of the HTML outside its tags, in order.
    private static func forEachVisibleByte(of html: String, _ body: (UInt8) -> Void) {
        var inTag = false
        for byte in html.utf8 {
            if byte == UInt8(ascii: "<") {
                inTag = true
            } else if byte == UInt8(ascii: ">") && inTag {
                inTag = false
            } else if !inTag {
                body(byte)
            }
        }
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
        return plain(out).hasNonWhitespace ? out : html
    }

    private static let aside = try! NSRegularExpression(pattern: #"\s*\([^()0-9<>]*[A-Za-z][^()0-9<>]*\)"#)

    private static func dropAsides(inText text: String) -> String {
        let range = NSRange(text.startIndex..., in: text)
        return aside.stringByReplacingMatches(in: text, range: range, withTemplate: "")
    }
}
