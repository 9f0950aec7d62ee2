import Testing

@testable import Distill

@Suite struct HTMLTagTests {
    /// The tag at the start of `text`.
    private func tag(_ text: String) throws -> HTMLTag {
        try #require(HTMLTag.parse(text, at: text.startIndex))
    }

    @Test func attributesAreFoundByWholeNameWithEitherQuote() throws {
        #expect(try tag("<a data-href=\"no\" href='yes'>").attribute("href") == "yes")
        #expect(try tag("<a href=bare title=\"t\">").attribute("href") == "bare")
        #expect(try tag("<a name=\"top\">").attribute("href") == nil)
    }

    /// `</a>` closes a link in either case; tags inside the label go, their text stays; a link
    /// that never closes is no link.
    @Test func anchorLinksBecomeMarkdownLinks() throws {
        let text = "<a href=\"https://example.com/a b\">The <b>guide</b> ]</A> after"
        let link = try #require(HTMLTag.anchorLink(text, tag: try tag(text)))
        #expect(link.markdown == "[The guide \\]](<https://example.com/a b>)")
        #expect(text[link.end...] == " after")
        let unclosed = "<a href=\"x\">text </ a> </b>"
        #expect(HTMLTag.anchorLink(unclosed, tag: try tag(unclosed)) == nil)
        let empty = "<a href=\"https://x.org\"></a>"
        #expect(HTMLTag.anchorLink(empty, tag: try tag(empty))?.markdown == "[https://x.org](https://x.org)")
    }
}
