import Testing

@testable import Distill

/// Every non-blank raw line of a seed is either in a fact, heading, table or code block, or
/// was dropped by a named noise rule.
@Suite struct CoverageTests {
    @Test func everyContentLineIsCoveredOrDroppedByARule() {
        let sources = SeedBuild.result.graph.sources
        #expect(!sources.isEmpty)
        for source in sources {
            let dropped = source.dropped.values.reduce(0, +)
            let contentBearing = source.contentLines - dropped
            let share = Double(source.coveredLines) / Double(max(contentBearing, 1))
            let rules = source.dropped.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value)" }
            print(
                "coverage \(source.file): \(source.coveredLines)/\(contentBearing) content-bearing lines"
                    + " (\(String(format: "%.1f", share * 100))%), dropped \(dropped): \(rules.joined(separator: ", "))")
            #expect(source.coveredLines + dropped == source.contentLines, "\(source.file): a line is neither covered nor dropped by a rule")
            #expect(share >= 0.97, "\(source.file)")
        }
    }

    /// A line holds text when any character of it is not white space: told on bytes for most
    /// lines, and character by character for white space beyond ASCII.
    @Test(arguments: ["", " ", "\t \r", "x", "  x  ", "\u{A0}", "\u{3000} \u{2003}", "\u{A0}é", " \u{301}", "\u{1}", "→"])
    func aLineHoldsTextWhenACharacterIsNotWhiteSpace(_ line: String) {
        #expect(line.hasNonWhitespace == line.contains(where: { !$0.isWhitespace }))
    }
}
