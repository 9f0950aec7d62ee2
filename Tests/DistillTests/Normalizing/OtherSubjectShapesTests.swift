import Testing

@testable import Distill

/// Shapes met in notes on other subjects: trailing navigation links on headings, OCR strokes
/// with stray letters, share rows and encoded breadcrumbs on scraped pages, a scraped page's
/// titles between lists, and `Q:` lines under a Word export's bullets.
@Suite struct OtherSubjectShapesTests {
    private func markdown(_ path: String, _ text: String) -> String {
        Normalizer().normalize(SourceFile(path: SourcePath(path), text: text)).markdown
    }

    @Test func navigationLinksAfterAHeadingAreDropped() {
        #expect(HeadingText.clean("Mitochondria [↑](#top)") == "Mitochondria")
        #expect(HeadingText.clean("[↖](#top) ATP [↑](#1)[↓](#3)") == "ATP")
        // A link with words is part of the title.
        #expect(HeadingText.clean("See [Cells](#cells)") == "See [Cells](#cells)")
    }

    @Test func strokesWithStrayLettersAreGarbage() {
        #expect(NoiseScanner.isGarbage("~~ ,. ;;' lll |/"))
        #expect(NoiseScanner.isGarbage("'' ~ ;; .."))
        #expect(!NoiseScanner.isGarbage("(a)"))
        #expect(!NoiseScanner.isGarbage("x = y + z"))
        #expect(!NoiseScanner.isGarbage("|---|---|"))
        #expect(!NoiseScanner.isGarbage("ok -> !!"))
        // Letters first and the marks after them still count: the reading stops early only
        // when the marks left could no longer be twice the letters.
        #expect(NoiseScanner.isGarbage("ll ~~~~;;;;"))
        #expect(NoiseScanner.isGarbage("éé ~~;;.."))
        #expect(!NoiseScanner.isGarbage("lll ~~;;."))
        #expect(!NoiseScanner.isGarbage("Plain words, then marks: ~~~~~~~~"))
    }

    @Test func shareRowsAndEncodedBreadcrumbsAreChrome() {
        #expect(WebChrome.isChrome("Share this: Facebook Twitter Email"))
        #expect(WebChrome.isChrome("Share this page: Facebook Twitter"))
        #expect(WebChrome.isChrome("Share on: LinkedIn, Reddit"))
        #expect(!WebChrome.isChrome("Share: the part each partner owns"))
        let page = """
            Skip to main content
            Notes &raquo; History &raquo; Modern Europe
            The Revolution

            • It began in 1789.
            Share this: Facebook Twitter Email
            """
        let out = markdown("page.txt", page)
        #expect(!out.contains("History »"))
        #expect(!out.contains("Share this"))
    }

    @Test func aScrapedPageTitleBetweenListsIsAHeading() {
        let page = """
            Skip to main content
            Home | Subjects | History | Login
            The Revolution
            • It began in 1789.
            • The king was executed in 1793.
            The Congress (1814–1815)
            • It restored a balance of power.
            """
        let out = markdown("page.txt", page)
        // The first title, its list right under it, is a section beside the next, not the page's name.
        #expect(out.hasPrefix("# The Revolution\n"))
        #expect(out.contains("\n# The Congress (1814–1815)\n"))
        #expect(out.contains("- It restored a balance of power."))
    }

    @Test func aQuestionLineUnderAWordExportBulletStandsAlone() {
        let export = """
            Table of Contents
            Unit – Cells\t2
            Unit – Division\t3

            Unit – Division
            - Human body cells contain 46 chromosomes.
            Q: What separates during anaphase? A: Sister chromatids.
            - Mitosis gives two cells.
            Further detail flush left.
            """
        let out = markdown("export.txt", export)
        #expect(out.contains("\n\nQ: What separates during anaphase? A: Sister chromatids.\n"))
        #expect(!out.contains("  Q: What"))
        // A plain further paragraph still belongs to its bullet.
        #expect(out.contains("  Further detail flush left."))
    }
}
