import Testing

@testable import Distill

@Suite struct WordCountTests {
    static let texts = [
        "", " ", "one", "one ", "  one  ", "two words", "a  b", "tab\tparted\t\twords", "x \u{301}y", "x \u{301} y", "café au lait",
        "a\r\nb", "日本 語", "\u{00A0}a b", "  \u{301}", "menu · home", "\t",
    ]

    @Test(arguments: texts)
    func wordsAreCountedAsSplittingOnTheSeparators(_ text: String) {
        let spaceOrTab = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).count
        #expect(text.wordCount(separatedBy: ByteSet([0x20, 0x09])) == spaceOrTab)
        let spaces = text.split(separator: " ").count
        #expect(text.wordCount(separatedBy: ByteSet([0x20])) == spaces)
        #expect(text.wordCount(separatedBy: ByteSet([0x20]), upTo: 2) == min(spaces, 2))
    }
}
