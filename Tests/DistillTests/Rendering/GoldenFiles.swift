import Foundation
import Testing

@testable import Distill

/// Compares rendered files with the files under a case's `expected/` folder; with
/// `RECORD_GOLDEN=1` it rewrites them instead. Copied assets are left out: they are the
/// templates' own files, not renderer output. Generated assets (`generated`) are kept.
enum GoldenFiles {
    static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    static func check(
        _ files: [RenderedFile], against expected: URL, under prefix: String, generated: Set<String> = []
    ) throws {
        let rendered = files.filter { !$0.path.contains("/assets/") || generated.contains($0.path) }
        let folder = expected.appendingPathComponent(prefix, isDirectory: true)
        if isRecording {
            try? FileManager.default.removeItem(at: folder)
            for file in rendered {
                let url = expected.appendingPathComponent(file.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.contents.write(to: url)
            }
            return
        }
        let expectedPaths = Set(
            (FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? [])
                .filter { !$0.hasSuffix("/") && $0.contains(".") }
                .map { "\(prefix)/\($0)" })
        #expect(Set(rendered.map(\.path)) == expectedPaths, "rendered files differ from \(folder.path); RECORD_GOLDEN=1 rewrites")
        for file in rendered {
            let url = expected.appendingPathComponent(file.path)
            guard let want = FileManager.default.contents(atPath: url.path) else { continue }
            let got = String(decoding: file.contents, as: UTF8.self)
            let wanted = String(decoding: want, as: UTF8.self)
            #expect(got == wanted, "\(file.path) differs from \(url.path)\n\(firstDifference(got, wanted))")
        }
    }

    /// The first differing line, so a failure says where to look.
    private static func firstDifference(_ got: String, _ wanted: String) -> String {
        let a = got.split(separator: "\n", omittingEmptySubsequences: false)
        let b = wanted.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(a.count, b.count) {
            let left = index < a.count ? String(a[index]) : "<end>"
            let right = index < b.count ? String(b[index]) : "<end>"
            if left != right { return "line \(index + 1):\n  got:      \(left)\n  expected: \(right)" }
        }
        return ""
    }
}
