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
    /// Works on the UTF-8 bytes: every character it escapes but U+2028 and U+2029 is ASCII,
    /// and those two are always the bytes `E2 80 A8` and `E2 80 A9`.
    static func literal(_ text: String) -> String {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        let utf8 = Array(text.utf8)
        out.reserveCapacity(utf8.count + 2)
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "\\u0027".utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
            case UInt8(ascii: "\n"): out.append(contentsOf: "\\n".utf8)
            case UInt8(ascii: "\r"): out.append(contentsOf: "\\r".utf8)
            case UInt8(ascii: "\t"): out.append(contentsOf: "\\t".utf8)
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), 0x7F, ..<0x20: unicodeEscape(UInt16(byte), into: &out)
            case 0xE2 where index + 1 < utf8.count && utf8[index] == 0x80 && (utf8[index + 1] == 0xA8 || utf8[index + 1] == 0xA9):
                unicodeEscape(utf8[index + 1] == 0xA8 ? 0x2028 : 0x2029, into: &out)
                index += 2
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }

    /// `\u` and four uppercase hex digits.
    private static func unicodeEscape(_ value: UInt16, into out: inout [UInt8]) {
        out.append(contentsOf: "\\u".utf8)
        for shift in stride(from: 12, through: 0, by: -4) {
            let digit = UInt8((value >> UInt16(shift)) & 0xF)
            out.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "A") + digit - 10)
        }
    }
}

extension TopicListScript: TemplateFields {
    static let templateFields: [String: TemplateField<Self>] = ["topics": .field(\.topics)]
}

extension ScriptTopic: TemplateFields {
    static let templateFields: [String: TemplateField<Self>] = ["title": .field(\.title), "href": .field(\.href), "cards": .field(\.cards)]
}
