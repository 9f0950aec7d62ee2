import Foundation
import Testing

@testable import Distill

/// The whole pipeline on the seed notes in `Input/`.
@Suite struct SeedBuildTests {
    @Test func writesEveryOutput() throws {
        let result = SeedBuild.result
        #expect(result.succeeded, "\(result.diagnostics.filter { $0.severity == .error })")
        let paths = Set(result.files.map(\.path))
        #expect(paths.contains("facts.json"))
        #expect(paths.contains("site/index.html"))
        #expect(paths.contains("cheatsheets/all.html"))
        #expect(paths.contains { $0.hasPrefix("anki/") && $0.hasSuffix(".csv") })
        for source in result.graph.sources {
            #expect(paths.contains("normalized/\(source.file).md"))
        }
        #expect(result.graph.sources.count == SeedBuild.rawLines.count)
        #expect(result.stages.map(\.stage) == Stage.allCases)
        // Written to disk, not only returned.
        for path in ["facts.json", "site/index.html", "cheatsheets/all.html"] {
            #expect(FileManager.default.fileExists(atPath: SeedBuild.output.appendingPathComponent(path).path))
        }
    }

    /// Each fact's `line` is the raw line where its text starts: compared without markup
    /// and spacing, the raw line holds the fact's opening, or is the opening of a fact that
    /// goes on over further lines.
    @Test func factLinesPointAtTheirRawText() throws {
        var checked = 0
        var misplaced: [String] = []
        for fact in SeedBuild.result.graph.facts {
            for (origin, wording) in zip(fact.origins, fact.wordings) {
                guard let lines = SeedBuild.rawLines[origin.file], origin.line >= 1, origin.line <= lines.count else {
                    misplaced.append("\(origin): line out of range")
                    continue
                }
                checked += 1
                let raw = Words.compact(String(lines[origin.line - 1]))
                let text = Words.compact(wording)
                let opening = String(text.prefix(24))
                if text.isEmpty {
                    // A fact of symbols only: its symbols stand on the line.
                    if !lines[origin.line - 1].contains(wording.prefix(1)) { misplaced.append("\(origin): \"\(wording)\"") }
                    continue
                }
                if !(raw.contains(opening) || (!raw.isEmpty && text.hasPrefix(raw))) {
                    misplaced.append("\(origin): \"\(wording.prefix(60))\" vs \"\(lines[origin.line - 1].prefix(60))\"")
                }
            }
        }
        #expect(checked > 1000)
        #expect(misplaced.isEmpty, "\(misplaced.count) of \(checked) origins misplaced, e.g.\n\(misplaced.prefix(10).joined(separator: "\n"))")
    }

    /// Every non-blank raw line became part of a fact, heading, table or code block, or
    /// was dropped by a named rule that the build counts.
    @Test func everyContentLineIsAccountedFor() throws {
        let result = SeedBuild.result
        for summary in result.graph.sources {
            let dropped = Set((result.dropped[summary.file] ?? []).map(\.line))
            let lines = try #require(SeedBuild.rawLines[summary.file])
            let covered = summary.coveredLines
            let droppedContent = lines.indices.filter { index in
                dropped.contains(index + 1) && lines[index].contains { !$0.isWhitespace }
            }.count
            let unaccounted = summary.contentLines - covered - droppedContent
            #expect(unaccounted <= 0, "\(summary.file): \(unaccounted) content lines neither used nor dropped by a rule")
            #expect(summary.dropped.values.reduce(0, +) == (result.dropped[summary.file] ?? []).count)
        }
    }

    @Test func buildsAreByteIdentical() throws {
        let second = Repository.temporaryFolder("distill-seed-again")
        defer { try? FileManager.default.removeItem(at: second) }
        let again = Pipeline(options: BuildOptions(input: Repository.input, output: second, templates: Repository.templates)).run()
        let first = Dictionary(uniqueKeysWithValues: SeedBuild.result.files.map { ($0.path, $0.contents) })
        #expect(again.files.count == first.count)
        for file in again.files {
            if let old = first[file.path], old != file.contents {
                let a = String(decoding: old, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                let b = String(decoding: file.contents, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                let line = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
                Issue.record("\(file.path) differs between two builds at line \(line + 1):\n\(line < a.count ? a[line] : "")\n\(line < b.count ? b[line] : "")")
            }
        }
    }

    @Test func factsJSONKeepsItsContract() throws {
        let data = try #require(SeedBuild.result.files.first { $0.path == "facts.json" }?.contents)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let sources = try #require(json["sources"] as? [[String: Any]])
        let topics = try #require(json["topics"] as? [[String: Any]])
        let facts = try #require(json["facts"] as? [[String: Any]])
        let conflicts = try #require(json["conflicts"] as? [[String: Any]])
        #expect(sources.allSatisfy { $0["file"] is String && $0["lines"] is Int })
        #expect(topics.allSatisfy { $0["slug"] is String && $0["title"] is String && $0["facts"] is [String] })
        let ids = Set(facts.compactMap { $0["id"] as? String })
        #expect(ids.count == facts.count, "fact ids are unique")
        let slugs = Set(topics.compactMap { $0["slug"] as? String })
        for fact in facts {
            #expect(fact["text"] is String)
            #expect(slugs.contains(fact["topic"] as? String ?? ""))
            let origins = try #require(fact["sources"] as? [[String: Any]])
            #expect(!origins.isEmpty && origins.allSatisfy { $0["file"] is String && ($0["line"] as? Int ?? 0) >= 1 })
        }
        for topic in topics {
            #expect((topic["facts"] as? [String] ?? []).allSatisfy(ids.contains))
        }
        for conflict in conflicts {
            let pair = try #require(conflict["facts"] as? [String])
            #expect(pair.count == 2 && pair.allSatisfy(ids.contains))
            #expect(!(conflict["reason"] as? String ?? "").isEmpty)
        }
    }

    /// The same fact in several sources is listed once and credits each of them.
    @Test func repeatsAcrossSourcesAreMerged() throws {
        let multiSource = SeedBuild.result.graph.facts.filter { $0.sourceFiles.count > 1 }
        #expect(!multiSource.isEmpty)
        let keys = SeedBuild.result.graph.facts.filter { FoldedText($0.text).words.count >= 6 }.map { FoldedText($0.text).key }
        #expect(Set(keys).count == keys.count, "a long fact's wording appears once")
    }
}

/// Text reduced to its letters and digits, for comparing a fact with its raw line: HTML
/// tags and LaTeX commands (`$\\Rightarrow$`) are markup, not text; autolinks are text.
enum Words {
    static func compact(_ text: String) -> String {
        var out = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "<", let close = text[index...].firstIndex(of: ">") {
                let inside = text[text.index(after: index)..<close]
                let isAutolink = !inside.contains(where: \.isWhitespace) && (inside.contains(":") || inside.contains("@"))
                if isAutolink { out += inside }
                index = text.index(after: close)
                continue
            }
            if character == "\\" {
                // Skip a LaTeX command name.
                index = text.index(after: index)
                while index < text.endIndex, text[index].isLetter { index = text.index(after: index) }
                continue
            }
            out.append(character)
            index = text.index(after: index)
        }
        return FoldedText(out).words.joined()
    }
}
