import DistillMarkdown
import Testing

@testable import Distill

@Suite struct GuideViewModelTests {
    let model = GuideViewModel(RenderingFixtures.studyGuide)

    private func section(_ slug: String) throws -> SectionView {
        func find(_ section: SectionView) -> SectionView? {
            section.slug == slug ? section : section.subsections.lazy.compactMap(find).first
        }
        return try #require(model.pages.lazy.compactMap { find($0.section) }.first)
    }

    @Test func summarizesTheGuide() {
        #expect(model.stats.map { "\($0.value) \($0.label)" } == ["3 sources", "11 facts", "4 topics", "1 conflict"])
        #expect(model.sources.map(\.factCountLabel) == ["8 facts", "4 facts", "3 facts"])
    }

    @Test func buildsTheTopicTreeWithCounts() throws {
        #expect(model.tree.map(\.title) == ["Storage", "Security <script>alert(1)</script>", "Everything Else"])
        let storage = model.tree[0]
        #expect(storage.href == "storage.html")
        #expect(storage.factCountLabel == "8 facts")
        #expect(storage.sourceCountLabel == "3 sources")
        #expect(storage.children.map(\.href) == ["storage.html#t-storage-amazon-s3"])
        #expect(storage.children[0].factCountLabel == "7 facts")
    }

    @Test func pagesLinkToTheirNeighbours() {
        #expect(model.pages.map(\.fileName) == ["storage.html", "security.html", "all-2.html"])
        #expect(model.pages[0].previous.isEmpty)
        #expect(model.pages[0].next == [PageLink(title: "Security <script>alert(1)</script>", href: "security.html")])
        #expect(model.pages[2].next.isEmpty)
    }

    @Test func nestsFactsUnderTheirParents() throws {
        let s3 = try section("storage/amazon-s3")
        #expect(s3.entries.count == 1)
        let facts = s3.entries[0].facts
        #expect(facts.map(\.id) == ["b1", "b2", "b6", "b7"])
        #expect(facts[1].children.map(\.id) == ["b3", "b4"])
        #expect(facts[1].children[1].children.map(\.id) == ["b5"])
    }

    @Test func keepsBlocksInPlaceBetweenFactRuns() throws {
        let security = try section("security")
        #expect(security.entries.map { ($0.facts.count, $0.table.count, $0.code.count) }.map { "\($0)" } == [
            "(1, 0, 0)", "(0, 0, 1)", "(1, 0, 0)",
        ])
        #expect(security.entries[1].code[0].text.hasSuffix("}"))
        let storage = try section("storage")
        let table = try #require(storage.entries.last?.table.first)
        #expect(table.header.map(\.align) == ["left", "center", "right"])
        #expect(table.rows[0].cells[0].html == "<strong>EBS</strong>")
    }

    @Test func splitsTheLeadOffDefinitionsAndQuestions() throws {
        let facts = try section("storage/amazon-s3").entries[0].facts
        #expect(facts[0].lead == "S3")
        #expect(facts[0].html == "object storage with <code>11 nines</code> of durability")
        let question = try section("security").entries[2].facts[0]
        #expect(question.isQuestion)
        #expect(question.lead == "What does IAM stand for?")
        #expect(question.html == "Identity and Access Management")
    }

    @Test func badgesCountFilesAndListEveryOrigin() throws {
        let fact = try section("storage/amazon-s3").entries[0].facts[2]
        #expect(fact.sources.label == "3 sources")
        #expect(fact.sources.tooltip == "notes/aws.md:20\nnotes/gist.txt:9\nnotes/ocr.txt:31\nnotes/aws.md:88")
    }

    @Test func showsAConflictBesideBothFacts() throws {
        let facts = try section("storage/amazon-s3").entries[0].facts
        #expect(facts[2].conflicts.first?.peers == [FactLink(text: "Max object size is 5 GB", href: "storage.html#f-b7")])
        #expect(facts[3].conflicts.first?.peers == [FactLink(text: "Max object size is 5 TB", href: "storage.html#f-b6")])
        #expect(model.conflicts.first?.facts.map(\.href) == ["storage.html#f-b6", "storage.html#f-b7"])
    }

    @Test func headingLevelsShiftWithTheBase() throws {
        let page = model.pages[0]
        #expect(page.withHeadingBase(1).section.subsections[0].level == 2)
        #expect(page.withHeadingBase(2).section.level == 2)
        #expect(page.withHeadingBase(2).section.subsections[0].level == 3)
    }

    @Test func fileNamesAreSafeAndUnique() {
        var names = PageNames(reserved: ["all"])
        #expect(names.claim("Amazon S3 / Glacier!", fallback: "x") == "amazon-s3-glacier")
        #expect(names.claim("amazon-s3-glacier", fallback: "x") == "amazon-s3-glacier-2")
        #expect(names.claim("all", fallback: "x") == "all-2")
        #expect(names.claim("../..", fallback: "topic") == "topic")
        #expect(names.claim("日本", fallback: "topic") == "topic-2")
    }

    @Test func trimmingKeepsFormattingAfterTheLead() {
        let nodes = RenderingFixtures.inline("**Term** — the *rest*")
        #expect(InlineTrimming.nodes(nodes, after: "Term").map(InlineHTML.render) == "the <em>rest</em>")
        #expect(InlineTrimming.nodes(nodes, after: "Other") == nil)
        #expect(InlineTrimming.nodes(RenderingFixtures.inline("Term:"), after: "Term") == nil)
    }

    /// Page names of ASCII titles are cut on bytes; they must match the general reading.
    @Test(arguments: [
        "S3 Storage Classes", "  --Lead & trail--  ", "under_score and CamelCase", "a/b\\c:d", "", "---",
        String(repeating: "Long Title ", count: 12), String(repeating: "x", count: 79) + " y z", "Tab\tand\r\nbreaks",
    ])
    func asciiPageNamesMatchTheGeneralReading(_ title: String) {
        #expect(PageNames.sanitized(title) == PageNames.sanitizedScalars(title))
    }
}
