import Testing

@testable import Distill

@Suite struct CSVFieldTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("a, b", "\"a, b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "two<br>lines"),
        ("#not a comment", "&#8203;#not a comment"),
        ("=SUM(A1)", "&#8203;=SUM(A1)"),
        ("-1 degrees", "&#8203;-1 degrees"),
        ("@handle", "&#8203;@handle"),
    ])
    func quoting(_ value: String, _ expected: String) {
        #expect(CSVField.quote(value) == expected)
    }
}

@Suite struct ClozeMakerTests {
    @Test(arguments: [
        ("Max object size is 5TB", "Max object size is {{c1::5TB}}"),
        ("Timeout is 15 minutes by default", "Timeout is {{c1::15 minutes}} by default"),
        ("Up to 100 listeners", "Up to {{c1::100}} listeners"),
        ("Durability is 99.999999999%", "Durability is {{c1::99.999999999%}}"),
        ("Use m5.2xlarge or S3 then wait 3 days", "Use m5.2xlarge or S3 then wait {{c1::3 days}}"),
        ("<a href=\"x1\">link</a> costs 4 GB", "<a href=\"x1\">link</a> costs {{c1::4 GB}}"),
        ("90+ caches in 90+ countries", "{{c1::90}}+ caches in {{c1::90}}+ countries"),
    ])
    func cloze(_ html: String, _ expected: String) {
        #expect(ClozeMaker.cloze(html: html)?.html == expected)
    }

    @Test func visibleTextLeavesOutTheAnswerAndTags() throws {
        let cloze = try #require(ClozeMaker.cloze(html: "<b>Min</b> 3 and max 6"))
        #expect(cloze.answer == "3")
        #expect(cloze.visibleText == "Min   and max 6")
    }

    /// Text beyond ASCII is read character by character, ASCII text byte by byte: the same
    /// text with a character beyond ASCII added where no rule looks gives the same cloze.
    @Test(arguments: [
        "Max object size is 5TB", "Timeout is 15 minutes by default", "Durability is 99.999999999%",
        "Use m5.2xlarge or S3 then wait 3 days", "<a href=\"x1\">link</a> costs 4 GB", "90+ caches in 90+ countries",
        "a_1 b-2 c.3 then 7 items", "size 2xlarge", "x &amp; 12 y", "line\r\n15 s\r\nnext",
    ])
    func textBeyondASCIIGivesTheSameCloze(_ html: String) {
        let ascii = ClozeMaker.cloze(html: html)
        let wider = ClozeMaker.cloze(html: html + " — é")
        #expect(wider?.html == ascii.map { $0.html + " — é" })
        #expect(wider?.answer == ascii?.answer)
    }

    /// The site's quiz marks a cloze card's occurrences by joining the card's parts with its
    /// own marks: the same HTML as finding the cloze again with those marks. The visible text
    /// is cut from its tags on bytes when it is ASCII, on characters otherwise.
    @Test(arguments: [
        "Max object size is 5TB", "90+ caches in 90+ countries", "<b>Min</b> 3 and max 6 → 3", "x &amp; 12 y <i>12</i> é",
        "<a href=\"x1\">12 GB</a> of 12 GB", "line\r\n15 s\r\n<em>15 s</em>",
    ])
    func partsJoinedWithOtherMarksAreTheClozeWithThoseMarks(_ html: String) throws {
        let card = try #require(ClozeMaker.cloze(html: html))
        let quiz = try #require(ClozeMaker.cloze(html: html, open: "<span class=\"qz\">", close: "</span>"))
        #expect(card.parts == quiz.parts)
        #expect(ClozeMaker.joined(card.parts, open: "{{c1::", close: "}}") == card.html)
        #expect(ClozeMaker.joined(card.parts, open: "<span class=\"qz\">", close: "</span>") == quiz.html)
        #expect(card.parts.count % 2 == 1)
        let wider = try #require(ClozeMaker.cloze(html: html + " é"))
        #expect(wider.visibleText == card.visibleText + " é")
    }

    /// Runs of characters are spelt from the text's bytes: the parts put back together are the
    /// text, whatever its characters join (a letter and its accent, an emoji sequence, CR LF).
    @Test(arguments: [
        ("Keep at 5 °C → e\u{301} 5 °C", "5 °C"), ("👩‍💻 team of 12 → 12 seats", "12"),
        ("line\r\n15 s\r\nnext 15 s é", "15 s"), ("café 3 days, e\u{301} 3 days", "3 days"),
    ])
    func partsPutBackTogetherAreTheText(_ html: String, _ answer: String) throws {
        let cloze = try #require(ClozeMaker.cloze(html: html))
        #expect(cloze.parts.joined() == html)
        #expect(cloze.parts.count == 5 && cloze.parts[1] == answer && cloze.parts[3] == answer)
        #expect(cloze.answer == answer)
    }

    @Test func noNumberNoCloze() {
        #expect(ClozeMaker.cloze(html: "EC2 and S3 are services") == nil)
        #expect(ClozeMaker.cloze(html: "size 2xlarge") == nil)
    }
}

@Suite struct CSVFieldFormulaTests {
    @Test(arguments: ["+1 extra", "\tindented", "\rreturn", "-"])
    func formulaLookingCellsAreNeutralised(_ value: String) {
        let field = CSVField.quote(value)
        #expect(!field.hasPrefix("+") && !field.hasPrefix("-") && !field.hasPrefix("\t") && !field.hasPrefix("\r"))
        #expect(!field.contains("\r") && !field.contains("\n"))
    }
}
