/// What `toc-script.mustache` sees: every root topic as JavaScript string literals, written once
/// into `site/assets/toc.js` instead of into every page.
struct TopicListScript {
    var topics: [ScriptTopic]

    /// `cardCounts` gives each page's number of flashcards, in page order.
    init(_ guide: GuideViewModel, cardCounts: [Int] = []) {
        topics = guide.pages.enumerated().map { index, page in
            ScriptTopic(title: page.title, href: page.fileName, cards: cardCounts.indices.contains(index) ? cardCounts[index] : 0)
        }
    }
}

/// One root topic; title and href are quoted literals, ready for a triple-mustache.
struct ScriptTopic {
    var title: String
    var href: String
    /// How many flashcards the topic has, for the home page's progress bars.
    var cards: Int

    init(title: String, href: String, cards: Int = 0) {
        self.title = JavaScriptString.literal(title)
        self.href = JavaScriptString.literal(href)
        self.cards = cards
    }
}

/// Escaping for a double-quoted JavaScript string that may sit inside HTML: quotes and
/// backslashes are escaped, `<`, `>` and `&` become `\u003C`-style escapes (no `</script>`
/// or `<!--` break-out), and so do control characters and U+2028/U+2029, which end lines
/// in older JavaScript.
enum JavaScriptString {
    static func literal(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "'": out += "\\u0027"
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}": out += unicodeEscape(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: out += unicodeEscape(scalar)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

extension TopicListScript: TemplateFields {
    static let templateFields: [String: PartialKeyPath<Self> & Sendable] = ["topics": \.topics]
}

extension ScriptTopic: TemplateFields {
    static let templateFields: [String: PartialKeyPath<Self> & Sendable] = ["title": \.title, "href": \.href, "cards": \.cards]
}
