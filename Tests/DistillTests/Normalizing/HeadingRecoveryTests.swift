import Foundation
import Testing

@testable import Distill

/// Section headings counted by hand in each seed note (`Fixtures/headings/<input file>.txt`:
/// a `count: N` line, then one title per line) against the headings the normalizer writes.
@Suite struct HeadingRecoveryTests {
    static let folder: URL = {
        let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        return fixtures.appendingPathComponent("headings")
    }()

    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }()

    /// Titles compared by their letters and digits only, so `S3 - KMS` matches `S3 – KMS`.
    static func key(_ title: some StringProtocol) -> String {
        String(title.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
            .map(Character.init))
    }

    /// The heading titles of canonical markdown, outside fenced code.
    static func headings(in markdown: String) -> [String] {
        var titles: [String] = []
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        let inCode = CodeFence.mask(lines.map { String($0.drop(while: { $0 == " " })) })
        for (line, isCode) in zip(lines, inCode) where !isCode {
            let hashes = line.prefix(while: { $0 == "#" }).count
            guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { continue }
            titles.append(String(line.dropFirst(hashes + 1)))
        }
        return titles
    }

    struct Score {
        var expected: Int
        var found: Int
        var written: Int
        var missing: [String]
        var extra: [String]
    }

    static func score(_ name: String) throws -> Score {
        let text = try String(contentsOf: folder.appendingPathComponent("\(name).txt"), encoding: .utf8)
        var lines = text.split(separator: "\n").map(String.init)
        let header = lines.removeFirst()
        #expect(header == "count: \(lines.count)", "\(name): the count line disagrees with the titles listed")
        let file = try #require(SourceLoader(folder: Repository.input).load(SourcePath(name)).file)
        let written = headings(in: Normalizer(inputFolder: Repository.input).normalize(file).markdown)
        var remaining: [String: Int] = [:]
        for title in lines { remaining[key(title), default: 0] += 1 }
        var extra: [String] = []
        for title in written {
            if let count = remaining[key(title)], count > 0 {
                remaining[key(title)] = count - 1
            } else {
                extra.append(title)
            }
        }
        var missing: [String] = []
        for title in lines where (remaining[key(title)] ?? 0) > 0 {
            remaining[key(title)]! -= 1
            missing.append(title)
        }
        return Score(expected: lines.count, found: lines.count - missing.count, written: written.count, missing: missing, extra: extra)
    }

    @Test(arguments: cases)
    func recoversHandCountedHeadings(name: String) throws {
        let score = try Self.score(name)
        let foundShare = Double(score.found) / Double(max(score.expected, 1))
        let falseShare = Double(score.extra.count) / Double(max(score.written, 1))
        print(
            "headings \(name): recovered \(score.found)/\(score.expected) (\(String(format: "%.1f", foundShare * 100))%),"
                + " false \(score.extra.count)/\(score.written) (\(String(format: "%.1f", falseShare * 100))%)")
        for title in score.missing { print("  missing: \(title)") }
        for title in score.extra { print("  false: \(title)") }
        #expect(foundShare >= 0.95, "\(name): missing \(score.missing)")
        #expect(falseShare < 0.05, "\(name): false \(score.extra)")
    }
}
