import Testing

@testable import Distill

@Suite struct OrgSyntaxTests {
    private func lines(_ text: String) -> [SourceLine] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { SourceLine(number: $0.offset + 1, raw: $0.element) }
    }

    @Test func detectsOrgNotes() {
        #expect(OrgSyntax.detect(lines("#+TITLE: Botany\n#+AUTHOR: Kim\n* Roots\n")))
        #expect(OrgSyntax.detect(lines("* Roots\n:PROPERTIES:\n:ID: 1\n:END:\ntext\n")))
        #expect(OrgSyntax.detect(lines("* Roots\n** Tap roots\n** Fibrous roots\n")))
        #expect(!OrgSyntax.detect(lines("* first point\n* second point\n* third point\n")))
        #expect(!OrgSyntax.detect(lines("# Roots\n\n- **bold** start\n")))
    }

    @Test func starHeadingsDropTagsAndTaskStates() {
        #expect(OrgSyntax.starHeading("** TODO Leaves   :review:botany:")?.title == "Leaves")
        #expect(OrgSyntax.starHeading("*** Stems")?.depth == 3)
        #expect(OrgSyntax.starHeading("*bold* text") == nil)
    }

    @Test func inlineMarkup() {
        #expect(OrgSyntax.inline("use =ls -l= or ~grep~ now") == "use `ls -l` or `grep` now")
        #expect(OrgSyntax.inline("a *strong* and /slanted/ word") == "a **strong** and *slanted* word")
        #expect(OrgSyntax.inline("see [[https://example.org][the site]] and [[https://example.org/a]]")
            == "see [the site](https://example.org) and [https://example.org/a](https://example.org/a)")
        #expect(OrgSyntax.inline("a/b/c and 2*3*4 = x") == "a/b/c and 2*3*4 = x")
    }

    @Test func rewritesBlocksDrawersAndSettings() {
        var source = lines("#+TITLE: Botany\n#+OPTIONS: toc:nil\n* Roots\n:PROPERTIES:\n:ID: 7\n:END:\n#+BEGIN_SRC sh\nls *.org\n#+END_SRC\n# a comment\n")
        let dropped = OrgSyntax.rewrite(&source)
        #expect(source.map(\.content) == ["# Botany", "#+OPTIONS: toc:nil", "## Roots", ":PROPERTIES:", ":ID: 7", ":END:", "```sh", "ls *.org", "```", "# a comment", ""])
        #expect(dropped.keys.sorted() == [1, 3, 4, 5, 9])
        #expect(Set(dropped.values) == [.orgSettings])
    }
}
