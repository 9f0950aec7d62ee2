import Testing
@testable import Distill

/// The places a fact was said, as badges and cards list them: read in one pass, checked
/// against the plain reading of every place.
struct SourcePlacesTests {
    private func place(_ file: String, _ line: Int) -> Distill.SourceLocation {
        Distill.SourceLocation(file: SourcePath(file), line: line, column: 3)
    }

    /// Runs of one file, a file coming back after others, and a wording from a later file
    /// put first, as a merge does.
    private var origins: [[Distill.SourceLocation]] {
        let copies = (1...12).map { place("copy-\($0 % 5).txt", $0) }
        return [
            [], [place("a.txt", 1)], [place("a.txt", 1), place("a.txt", 9), place("b.txt", 2), place("a.txt", 4)],
            copies, [place("z & <b>.txt", 7)] + copies + copies.reversed(),
            [place("n.txt", 0), place("n.txt", 10), place("n.txt", 1_234_567), place("n.txt", Int.max), place("n.txt", -42)],
        ]
    }

    @Test func sourceFilesAreTheDistinctFilesInTheOrderFirstSaid() {
        for origins in origins {
            let fact = MergedFact(id: FactID("f1"), topic: TopicSlug("t"), kind: .statement, content: [], text: "x", origins: origins)
            var expected: [SourcePath] = []
            for origin in origins where !expected.contains(origin.file) { expected.append(origin.file) }
            #expect(fact.sourceFiles == expected)
        }
    }

    @Test func aBadgesTooltipIsEscapedOnlyWhereAFileNameNeedsIt() {
        for origins in origins {
            let fact = MergedFact(id: FactID("f1"), topic: TopicSlug("t"), kind: .statement, content: [], text: "x", origins: origins)
            let badge = SourceBadge(origins: origins, files: fact.sourceFiles)
            #expect(badge.tooltipHTML == badge.tooltip.htmlEscaped)
        }
    }

    @Test func fileLinesJoinEachPlaceAsFileColonLine() {
        for origins in origins {
            for separator in ["\n", ", "] {
                let plain = origins.map { "\($0.file.rawValue):\($0.line)" }.joined(separator: separator)
                #expect(origins.fileLines(joinedBy: separator) == plain)
                #expect(origins.fileLines(joinedBy: separator, escapingFiles: true) == plain.htmlEscaped)
            }
        }
    }
}
