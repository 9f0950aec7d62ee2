/// The site's search index, built once from the view model and written as
/// `site/assets/search-index.js`, which `site.js` loads the first time the search box gets
/// focus. A script rather than JSON because browsers refuse `fetch` from `file://`.
///
/// Every topic (root or subtopic) is one document. The index holds the sorted vocabulary of
/// folded words (accents dropped, lowercase), so a prefix is a binary search, and for each word
/// the documents holding it with a weight: a word in the topic's title counts most, then in a
/// term or question, then each use in a fact's text or a table, up to `textCap` uses, so a
/// long topic that mentions a word often does not outrank the topic named after it.
struct SearchIndex {
    struct Document {
        var title: String
        /// Relative to the site folder: `topics/storage.html#t-storage-s3`.
        var href: String
        /// The root topic's title for a subtopic; empty for a root topic.
        var path: String
        /// The start of the topic's first fact, shown under the title in results.
        var snippet: String
    }

    private(set) var documents: [Document] = []
    /// Folded word → (document, weight), documents ascending.
    private var postings: [String: [(document: Int, weight: Int)]] = [:]

    static let titleWeight = 12
    static let leadWeight = 3
    static let textCap = 5
    static let snippetLength = 120

    init(_ guide: GuideViewModel) {
        for page in guide.pages {
            add(page.section, page: page, isRoot: true)
        }
    }

    private mutating func add(_ section: SectionView, page: TopicPage, isRoot: Bool) {
        let document = documents.count
        var snippet = ""
        var uses: [String: Int] = [:]
        var bonus: [String: Int] = [:]
        func count(_ text: String) {
            for word in Self.words(text) { uses[word, default: 0] += 1 }
        }
        // Once per word, however often the title or lead repeats it.
        func mark(_ text: String, _ weight: Int) {
            for word in Set(Self.words(text)) { bonus[word] = max(bonus[word, default: 0], weight) }
        }
        mark(section.title, Self.titleWeight)
        func addFacts(_ facts: [FactView]) {
            for fact in facts {
                if snippet.isEmpty { snippet = Self.shortened(fact.text) }
                mark(fact.lead, Self.leadWeight)
                count(fact.text)
                addFacts(fact.children)
            }
        }
        for entry in section.entries {
            addFacts(entry.facts)
            for table in entry.table {
                for cell in table.header + table.rows.flatMap(\.cells) { count(HTMLText.plain(cell.html)) }
            }
        }
        documents.append(Document(
            title: section.title, href: "topics/" + page.fileName + (isRoot ? "" : "#" + section.anchor),
            path: isRoot ? "" : page.title, snippet: snippet))
        for word in Set(uses.keys).union(bonus.keys) {
            let weight = bonus[word, default: 0] + min(uses[word, default: 0], Self.textCap)
            postings[word, default: []].append((document, weight))
        }
        for subsection in section.subsections { add(subsection, page: page, isRoot: false) }
    }

    /// Folded words of at least two characters (or a digit): what a query is split into too
    /// (`site.js` folds the same way with `normalize("NFKD")`).
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        if text.isAllASCII {
            // ASCII, most of any notes: bytes, without Unicode property look-ups.
            var word: [UInt8] = []
            func flush() {
                if word.count >= 2 || (word.count == 1 && word[0] <= 57) {
                    words.append(String(decoding: word.prefix(40), as: UTF8.self))
                }
                word.removeAll(keepingCapacity: true)
            }
            for byte in text.utf8 {
                switch byte {
                case 97...122, 48...57: word.append(byte)
                case 65...90: word.append(byte + 32)
                default: flush()
                }
            }
            flush()
            return words
        }
        var current = String.UnicodeScalarView()
        func flush() {
            if current.count >= 2 || current.first.map({ ("0"..."9").contains($0) }) == true {
                words.append(String(String(current).prefix(40)))
            }
            current = String.UnicodeScalarView()
        }
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars {
            let properties = scalar.properties
            if properties.generalCategory == .nonspacingMark { continue }
            if properties.isAlphabetic || properties.numericType != nil {
                current.append(contentsOf: properties.lowercaseMapping.unicodeScalars)
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    private static func shortened(_ text: String) -> String {
        guard text.count > snippetLength else { return text }
        let cut = text.prefix(snippetLength)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + "…"
    }

    /// `window.distillSearch = {docs, words, postings}`: documents as `[title, href, path,
    /// snippet]`, words sorted, and per word one string of postings `gap[.weight]` joined by
    /// `,`: the document as the gap from the previous one, both base 36, the weight left out
    /// when it is 1. The compact strings halve the file; the script decodes only matched words.
    var script: String {
        var out = "// The site's search index, written at build time; site.js reads it.\nwindow.distillSearch = {\"docs\":[\n"
        out += documents.map { document in
            "[" + [document.title, document.href, document.path, document.snippet].map(JavaScriptString.literal).joined(separator: ",") + "]"
        }.joined(separator: ",\n")
        // UTF-16 order, which is how JavaScript compares strings in the binary search.
        let words = postings.keys.map { (word: $0, key: Array($0.utf16)) }
            .sorted { $0.key.lexicographicallyPrecedes($1.key) }.map(\.word)
        out += "],\n\"words\":[" + words.map(JavaScriptString.literal).joined(separator: ",") + "],\n\"postings\":[\n"
        out += words.map { word in
            var previous = 0
            var parts: [String] = []
            for posting in postings[word] ?? [] {
                var part = String(posting.document - previous, radix: 36)
                if posting.weight != 1 { part += "." + String(posting.weight, radix: 36) }
                parts.append(part)
                previous = posting.document
            }
            return "\"" + parts.joined(separator: ",") + "\""
        }.joined(separator: ",\n")
        return out + "]};\n"
    }
}

/// Plain text from the inline HTML `InlineHTML` writes: tags dropped, entities decoded.
enum HTMLText {
    static func plain(_ html: String) -> String {
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
        }
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
