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
    struct Document: Sendable {
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
        // Each root page's topics are read on all cores, the largest pages first so that none
        // is left to read alone at the end; their documents are numbered, and their words
        // filed, in page order.
        for readings in Parallel.map(guide.pages, costliestFirst: { $0.section.factCount }, Self.readings(of:)) {
            for reading in readings {
                let document = documents.count
                documents.append(reading.document)
                for (word, weight) in reading.weights { postings[word, default: []].append((document, weight)) }
            }
        }
    }

    /// One topic as a document, with the weight of each word it holds.
    private struct Reading: Sendable {
        var document: Document
        var weights: [(word: String, weight: Int)]
    }

    /// The page's topics, the root first and each subtopic after its parent.
    private static func readings(of page: TopicPage) -> [Reading] {
        var readings: [Reading] = []
        read(page.section, page: page, isRoot: true, into: &readings)
        return readings
    }

    private static func read(_ section: SectionView, page: TopicPage, isRoot: Bool, into readings: inout [Reading]) {
        var snippet = ""
        // A topic's distinct words number up to about ten per fact it lists: made that size
        // once, the table is not grown word by word.
        var counts = WordCounts(expected: 16 + 10 * section.entries.reduce(0) { $0 + $1.facts.count })
        func count(_ text: String) {
            forEachWord(in: text) { counts.add($0) }
        }
        // Once per word, however often the title or lead repeats it.
        func mark(_ text: String, _ weight: Int) {
            forEachWord(in: text) { counts.raise($0, to: weight) }
        }
        mark(section.title, titleWeight)
        func addFacts(_ facts: [FactView]) {
            for fact in facts {
                if snippet.isEmpty { snippet = shortened(fact.text) }
                mark(fact.lead, leadWeight)
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
        let document = Document(
            title: section.title, href: "topics/" + page.fileName + (isRoot ? "" : "#" + section.anchor),
            path: isRoot ? "" : page.title, snippet: snippet)
        readings.append(Reading(document: document, weights: counts.weights(cappingUsesAt: textCap)))
        for subsection in section.subsections { read(subsection, page: page, isRoot: false, into: &readings) }
    }

    /// Folded words of at least two characters (or a digit): what a query is split into too
    /// (`site.js` folds the same way with `normalize("NFKD")`).
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        forEachWord(in: text) { words.append(String(decoding: $0, as: UTF8.self)) }
        return words
    }

    /// Hands each of `words(text)` to `body` as its UTF-8 bytes, without making a string of
    /// it: a topic's text is counted word by word, and most words are counted into a word seen
    /// before. The text is cut at ASCII characters that are neither letters nor digits, which
    /// end a word in any script. A piece of ASCII, most of any notes, is read on its bytes;
    /// only a piece holding other characters pays for Unicode's decomposition and properties.
    static func forEachWord(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            // A word is handed over with its first `maximumWordLength` bytes; the piece's letters
            // and digits are counted in `length` all the same.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.maximumWordLength) { word in
                var length = 0
                var isASCII = true
                var start = 0
                func endPiece(at end: Int) {
                    if isASCII {
                        if length >= 2 || (length == 1 && word[0] <= 57) {
                            body(UnsafeBufferPointer(rebasing: word[..<min(length, Self.maximumWordLength)]))
                        }
                    } else {
                        let piece = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                        for var unicodeWord in unicodeWords(piece[...]) {
                            unicodeWord.withUTF8(body)
                        }
                    }
                    length = 0
                    isASCII = true
                }
                for index in bytes.indices {
                    let byte = bytes[index]
                    switch byte {
                    case 97...122, 48...57:
                        if length < Self.maximumWordLength { word[length] = byte }
                        length += 1
                    case 65...90:
                        if length < Self.maximumWordLength { word[length] = byte + 32 }
                        length += 1
                    case 128...:
                        isASCII = false
                    default:
                        endPiece(at: index)
                        start = index + 1
                    }
                }
                endPiece(at: bytes.count)
            }
        }
    }

    /// How much of a word the index keeps: bytes of an ASCII word, characters of any other.
    private static let maximumWordLength = 40

    /// `words` of a piece that holds characters outside ASCII: decomposed, marks dropped,
    /// lowercased, split at anything that is neither a letter nor a number.
    static func unicodeWords(_ piece: Substring) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if current.count >= 2 || current.first.map({ ("0"..."9").contains($0) }) == true {
                words.append(String(String(current).prefix(maximumWordLength)))
            }
            current = String.UnicodeScalarView()
        }
        for scalar in String(piece).decomposedStringWithCompatibilityMapping.unicodeScalars {
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
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        out += "// The site's search index, written at build time; site.js reads it.\nwindow.distillSearch = {\"docs\":[\n".utf8
        for (index, document) in documents.enumerated() {
            if index > 0 { out += ",\n".utf8 }
            JavaScriptString.appendArray([document.title, document.href, document.path, document.snippet], to: &out)
        }
        // UTF-16 order, which is how JavaScript compares strings in the binary search.
        let entries = postings.map { (word: $0.key, key: Array($0.key.utf16), postings: $0.value) }
            .sorted { $0.key.lexicographicallyPrecedes($1.key) }
        out += "],\n\"words\":[".utf8
        for (index, entry) in entries.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            JavaScriptString.append(entry.word, to: &out)
        }
        out += "],\n\"postings\":[\n".utf8
        for (index, entry) in entries.enumerated() {
            if index > 0 { out += ",\n".utf8 }
            out.append(UInt8(ascii: "\""))
            var previous = 0
            for (number, posting) in entry.postings.enumerated() {
                if number > 0 { out.append(UInt8(ascii: ",")) }
                Self.appendBase36(posting.document - previous, to: &out)
                if posting.weight != 1 {
                    out.append(UInt8(ascii: "."))
                    Self.appendBase36(posting.weight, to: &out)
                }
                previous = posting.document
            }
            out.append(UInt8(ascii: "\""))
        }
        out += "]};\n".utf8
        return String(decoding: out, as: UTF8.self)
    }

    /// A number of zero or more in base 36, lowercase, as `String(_:radix:)` writes it.
    static func appendBase36(_ value: Int, to out: inout [UInt8]) {
        if value >= 36 { appendBase36(value / 36, to: &out) }
        let digit = UInt8(value % 36)
        out.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
    }
}
