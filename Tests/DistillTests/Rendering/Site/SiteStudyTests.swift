import Foundation
import Testing

@testable import Distill

/// The search index, the quiz marks, the flashcard pages and the sitemap, read from the
/// rendered files (the browser behaviour is in `SiteBrowserTests`).
@Suite struct SiteStudyTests {
    @Test func searchIndexFoldsAccentsAndKeepsLetterDigitRuns() {
        #expect(SearchIndex.words("Régions À l'Été: S3, EC2 & 5 TB!") == ["regions", "ete", "s3", "ec2", "5", "tb"])
        #expect(SearchIndex.words("a b") == [], "single letters are no words")
    }

    /// Only pieces with characters outside ASCII are read through Unicode's properties; the
    /// words must be the ones a reading of the whole text that way finds.
    @Test func searchWordsOfMixedTextAreTheUnicodeReadingsWords() {
        let texts = [
            "Lambda → SQS retries 3× (½ the time)… naïve café—ok x² ŒUVRE 10 km²", "→ ↳ arrows only", "ﬁle ligature, Ｆｕｌｌ width ＡＢＣ１２",
            "e\u{301}te\u{301} and a\u{301}", "日本語 テキスト 123", "tab\there\nnew line", "", "x",
            String(repeating: "Ab9", count: 20) + " é" + String(repeating: "ü", count: 45), "a \u{301}b c\u{301} \u{301}", "7",
        ]
        for text in texts {
            #expect(SearchIndex.words(text) == SearchIndex.unicodeWords(text[...]), "\(text)")
        }
    }

    /// The table a topic's words are counted in, against a dictionary counting the same words:
    /// thousands of words, so the table grows and its slots collide.
    @Test func wordCountsMatchADictionaryCount() {
        var counts = WordCounts(expected: 4)
        var reference: [String: (uses: Int, bonus: Int)] = [:]
        var seed: UInt64 = 42
        for step in 0..<20_000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            var word = "w\(seed % 3_000)"
            if step % 7 == 0 { word += "é" }
            if step % 5 == 0 {
                let weight = Int(seed % 13)
                word.withUTF8 { counts.raise($0, to: weight) }
                reference[word, default: (0, 0)].bonus = max(reference[word, default: (0, 0)].bonus, weight)
            } else {
                word.withUTF8 { counts.add($0) }
                reference[word, default: (0, 0)].uses += 1
            }
        }
        let weights = counts.weights(cappingUsesAt: 5)
        #expect(weights.count == reference.count)
        #expect(Set(weights.map(\.word)).count == weights.count)
        for (word, weight) in weights {
            let expected = reference[word].map { $0.bonus + min($0.uses, 5) }
            #expect(weight == expected, "\(word)")
        }
    }

    @Test func searchIndexListsEveryTopicWithWeightedPostings() throws {
        let index = SearchIndex(GuideViewModel(RenderingFixtures.studyGuide))
        #expect(index.documents.map(\.title) == ["Storage", "Amazon S3", "Security <script>alert(1)</script>", "Everything Else"])
        #expect(index.documents[1].href == "topics/storage.html#t-storage-amazon-s3")
        #expect(index.documents[1].path == "Storage")
        #expect(index.documents[1].snippet == "S3: object storage with 11 nines of durability")
        let script = index.script
        #expect(!script.contains("</"), "the index may not close a script element")
        let words = try #require(script.components(separatedBy: "\"words\":[").last?.components(separatedBy: "]").first)
        let list = words.split(separator: ",").map { String($0.dropFirst().dropLast()) }
        #expect(list == list.sorted(), "site.js binary-searches the vocabulary")
        #expect(list.contains("glacier") && list.contains("durability"))
        // `storage` is the first document's title (12) and once in its text (1): 13 is `d` in
        // base 36; Amazon S3, one document further, uses it in a fact only.
        let postings = try #require(script.components(separatedBy: "\"postings\":[\n").last)
        let lines = postings.split(separator: "\n")
        let storage = try #require(list.firstIndex(of: "storage"))
        #expect(lines[storage].hasPrefix("\"0.d,1"), "\(lines[storage])")
    }

    @Test func quizMarksTheSameAnswersAsTheAnkiDeck() throws {
        let storage = try page("site/topics/storage.html")
        // The definition's answer, and the number of a fact with a number.
        #expect(storage.contains("<dfn>S3</dfn> <span class=\"qz\">object storage with <code>11 nines</code> of durability</span>"))
        #expect(storage.contains("Max object size is <span class=\"qz\">5 TB</span>"))
        #expect(!storage.contains("<span class=\"qz\">Glacier"), "a fact without a card is not hidden")
        let security = try page("site/topics/security.html")
        #expect(security.contains("<span class=\"qz\">Identity and Access Management</span>"))
        #expect(security.contains("id=\"quiz-toggle\" aria-pressed=\"false\">Quiz me</button>"))
        #expect(try !page("site/index.html").contains("quiz-toggle"))
    }

    @Test func flashcardPagesLoadTheirTopicsCards() throws {
        let deck = try page("site/flashcards/storage.html")
        #expect(deck.contains("<article class=\"flashcards\" id=\"flashcards\" data-deck=\"storage.html\" data-total=\"3\">"))
        #expect(deck.contains("<script src=\"../assets/flashcards.js\"></script>\n<script src=\"../cards/storage.js\"></script>"))
        let everything = try page("site/flashcards/index.html")
        #expect(everything.contains("data-deck=\"\" data-total=\"4\""))
        #expect(everything.contains("<li><a href=\"../index.html\">AWS Study Guide</a></li>\n<li><span aria-current=\"page\">Flashcards</span></li>"))
        #expect(deck.contains("<li><a href=\"../topics/storage.html\">Storage</a></li>\n<li><span aria-current=\"page\">Flashcards</span></li>"))
        for name in ["storage", "security", "all-2"] { #expect(everything.contains("<script src=\"../cards/\(name).js\"></script>")) }
        let cards = try page("site/cards/storage.js")
        #expect(cards.hasPrefix("distillCards.add(\"storage.html\", \"Storage\", [\n"))
        #expect(cards.contains("\\u003Cspan class=\\\"gap\\\"\\u003E[…]\\u003C/span\\u003E"), "a cloze front shows a gap")
        #expect(cards.contains("\\u003Cmark\\u003E5 TB\\u003C/mark\\u003E"), "a cloze back marks the number")
        #expect(!cards.contains("{{c1::"))
        #expect(!cards.contains("</"))
    }

    @Test func gapsHideEveryClozeAndMarkThemOnTheBack() {
        #expect(StudyCards.gap("a {{c1::5 TB}} b {{c1::5 TB}}", showing: false) == "a <span class=\"gap\">[…]</span> b <span class=\"gap\">[…]</span>")
        #expect(StudyCards.gap("a {{c1::5 TB}}", showing: true) == "a <mark>5 TB</mark>")
        #expect(StudyCards.gap("no cloze", showing: true) == "no cloze")
    }

    @Test func sitemapListsEveryPageRelatively() throws {
        let sitemap = try page("site/sitemap.xml")
        #expect(sitemap.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"))
        let pages = try render().map(\.path).filter { $0.hasSuffix(".html") }.map { String($0.dropFirst("site/".count)) }
        #expect(pages.count == 8)
        for page in pages { #expect(sitemap.contains("<url><loc>\(page)</loc></url>"), "\(page) is missing") }
    }

    @Test func everyPageHasItsOwnTitleAndDescription() throws {
        var titles = Set<String>()
        for file in try render() where file.path.hasSuffix(".html") {
            let html = String(decoding: file.contents, as: UTF8.self)
            let title = try #require(html.components(separatedBy: "<title>").last?.components(separatedBy: "</title>").first)
            #expect(titles.insert(title).inserted, "\(file.path) repeats the title \(title)")
            #expect(html.contains("<meta name=\"description\" content=\""), "\(file.path) has no description")
        }
    }

    @Test func headingsStartAtOneH1AndNeverSkipALevel() throws {
        for file in try render() where file.path.hasSuffix(".html") {
            let html = String(decoding: file.contents, as: UTF8.self)
            let levels = html.components(separatedBy: "<h").dropFirst().compactMap { $0.first?.wholeNumberValue }
            #expect(levels.first == 1, "\(file.path) starts with h\(levels.first ?? 0)")
            for (previous, next) in zip(levels, levels.dropFirst()) {
                #expect(next <= previous + 1, "\(file.path) jumps from h\(previous) to h\(next)")
            }
        }
    }

    @Test func pagesHaveLandmarksASkipLinkAndNoInlineStyles() throws {
        for file in try render() where file.path.hasSuffix(".html") {
            let html = String(decoding: file.contents, as: UTF8.self)
            #expect(html.contains("<a class=\"skip-link\" href=\"#main\">"))
            #expect(html.contains("<main id=\"main\""))
            #expect(html.contains("<header class=\"site-header\">") && html.contains("<footer") && html.contains("<nav class=\"sidebar\" aria-label=\"Topics\">"))
            #expect(html.contains("role=\"search\"") && html.contains("<label class=\"visually-hidden\" for=\"search-input\">"))
            #expect(!html.contains(" style=\""), "\(file.path): the Content-Security-Policy blocks inline styles")
        }
    }

    private func render() throws -> [RenderedFile] {
        try SiteRenderer().render(RenderingFixtures.studyGuide, templates: RenderingFixtures.templates("site"))
    }

    private func page(_ path: String) throws -> String {
        let file = try #require(try render().first { $0.path == path })
        return String(decoding: file.contents, as: UTF8.self)
    }
}
