import Testing

@testable import Distill

/// A fence opens on three or more backticks or tildes; lines are screened by their first byte,
/// which must let through every line the characters would open a fence on.
@Suite struct CodeFenceTests {
    @Test func theFirstByteScreenMissesNoFence() {
        let pieces = ["`", "~", "```", "~~~", "\u{1FEF}", "`\u{301}", "a", " ", "swift", "é", "→"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(CodeFence.opening(text).map(\.length) == Self.opening(text), "\(text.debugDescription)")
        }
        #expect(CodeFence.opening("```swift")?.length == 3)
        #expect(CodeFence.opening("\u{1FEF}\u{1FEF}\u{1FEF}")?.length == 3, "U+1FEF is a backtick to Swift")
        #expect(CodeFence.opening("``` a ` b") == nil)
    }

    /// The fence length the characters alone give, or nil.
    private static func opening(_ content: String) -> Int? {
        guard let first = content.first, first == "`" || first == "~" else { return nil }
        let length = content.prefix(while: { $0 == first }).count
        guard length >= 3 else { return nil }
        if first == "`", content.dropFirst(length).contains("`") { return nil }
        return length
    }
}
