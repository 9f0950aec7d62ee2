import Testing

@testable import Distill

@Suite struct LetterDeletionsTests {
    /// Each character left out once, read as characters.
    static func byCharacters(_ text: String) -> [String] {
        let characters = Array(text)
        return characters.indices.map { index in
            var copy = characters
            copy.remove(at: index)
            return String(copy)
        }
    }

    @Test(arguments: ["", "a", "ab", "elasticache", "Route 53", "line\r\nbreak", "café", "e\u{301}te", "名前", "S3→SQS"])
    func deletionsAreThoseOfTheCharacters(_ text: String) {
        #expect(text.oneLetterDeletions == Self.byCharacters(text))
    }

    @Test func asciiDeletionsLeaveOutEachByte() {
        #expect("abc".oneLetterDeletions == ["bc", "ac", "ab"])
    }

    /// Each deletion once, in the order of its first appearance: runs of equal characters and
    /// equal characters apart.
    @Test(arguments: ["", "a", "aa", "aaab", "balloon", "bookkeeper", "abab", "mississippi", "ééé", "e\u{301}e\u{301}x", "zzz\r\n\r\n"])
    func distinctDeletionsAreEachDeletionOnce(_ text: String) {
        var seen = Set<String>()
        let firstAppearances = text.oneLetterDeletions.filter { seen.insert($0).inserted }
        #expect(text.distinctOneLetterDeletions == firstAppearances)
    }
}
