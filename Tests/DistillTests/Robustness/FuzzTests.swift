import Foundation
import Testing

@testable import Distill

/// A small, fast, seedable generator, so every fuzz run can be repeated exactly.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Makes hostile notes: windows of the seed notes, mutated with hostile fragments, deep
/// nesting, huge lines, control characters, broken markup and invalid bytes.
struct NoteMutator {
    var random: SplitMix64
    let seeds: [[[UInt8]]]

    static let hostile: [String] = [
        "<script>alert(1)</script>", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>", "<img src=x onerror=alert(1)>",
        "[click](javascript:alert(1))", "[c](JaVaScRiPt:alert(1))", "[x](&#106;avascript:alert(1))",
        "<a href=\"javascript:alert(1)\">x</a>", "<a href=\"&#x6A;avascript:alert(1)\">y</a>", "<javascript:alert(1)>",
        "![x](data:image/svg+xml;base64,PHN2Zz4=)", "[x](data:text/html,<script>alert(1)</script>)",
        "[ref]\n\n[ref]: javascript:alert(1)", "<svg onload=alert(1)>", "<style>body{background:url(javascript:alert(1))}</style>",
        "<iframe src=\"https://evil.example\"></iframe>", "<div style=\"background:expression(alert(1))\">x</div>",
        "Term: <b onmouseover=alert(1)>bold</b> text", "Q: <script>x()</script>? A: yes <i onclick=y()>i</i>",
        "<!-- <script>alert(1)</script> -->", "```html\n<script>alert(1)</script>\n```",
        "| a | <script>b</script> |\n|---|---|\n| <img src=1 onerror=x> | [l](javascript:y) |",
        "</textarea></script><script>alert(1)</script>", "\"><script>alert(1)</script>", "'; alert(1); //",
        "Title \u{2028} line \u{2029} sep", "<base href=\"https://evil.example/\">",
        "<form action=\"javascript:alert(1)\"><button>x</button></form>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">", "<object data=\"javascript:alert(1)\"></object>",
        "[x](vbscript:msgbox(1))", "<math><mtext><script>alert(1)</script></mtext></math>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">", "<a href=' javascript:alert(1)'>sp</a>",
        "[a](<javascript:alert(1)>)", "<https://example.com/\"onmouseover=\"alert(1)>", "[t](https://x.example \"a\\\" onmouseover=\\\"b\")",
        "=cmd|' /C calc'!A0", "+SUM(1,2)", "-1+1", "@SUM(A1)", "\t=1+1", "\r=1+1", "Term: =1+1", "=1+1: the term", "- =HYPERLINK(\"http://evil\")",
        "- @import: a term", "- +1: plus one", "#separator:Tab", "\"=1\",\"+2\"", "Q: =2+2? A: @4",
        "**bold", "<b><i>", "[unclosed(", "```", "~~~", "<!--", "</div></div>", "| a | b", "> > > >", "$$\\frac{", "\\",
        "# ../../etc/passwd", "# /absolute/path", "## ..", "# <script>alert(1)</script>", "# javascript:alert(1)",
        "Term: definition", "Q: why? A: because", "1. first\n2. second", "* a\n  * b\n    * c", "\u{FEFF}BOM in the middle",
    ]

    init(seed: UInt64, seeds: [[[UInt8]]]) {
        random = SplitMix64(state: seed)
        self.seeds = seeds
    }

    mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }

    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &random)] }

    /// One mutated note's bytes.
    mutating func note() -> [UInt8] {
        var lines: [[UInt8]] = []
        if !chance(10) {
            let seed = pick(seeds)
            let start = Int.random(in: 0..<max(1, seed.count - 5), using: &random)
            let length = Int.random(in: 3...30, using: &random)
            lines = Array(seed[start..<min(seed.count, start + length)])
        }
        for _ in 0..<Int.random(in: 1...6, using: &random) {
            mutate(&lines)
        }
        return Array(lines.joined(separator: [10]))
    }

    private mutating func position(_ lines: [[UInt8]]) -> Int { Int.random(in: 0...lines.count, using: &random) }

    mutating func mutate(_ lines: inout [[UInt8]]) {
        switch Int.random(in: 0..<14, using: &random) {
        case 0, 1, 2:
            lines.insert(Array(pick(Self.hostile).utf8), at: position(lines))
        case 3 where !lines.isEmpty:
            let start = Int.random(in: 0..<lines.count, using: &random)
            lines.removeSubrange(start..<min(lines.count, start + Int.random(in: 1...5, using: &random)))
        case 4 where !lines.isEmpty:
            let line = pick(lines)
            lines.insert(line, at: position(lines))
        case 5 where !lines.isEmpty:
            // A random byte somewhere; NUL makes the file binary, so rarely.
            let index = Int.random(in: 0..<lines.count, using: &random)
            var byte = UInt8.random(in: 1...255, using: &random)
            if chance(3) { byte = 0 }
            lines[index].insert(byte, at: Int.random(in: 0...lines[index].count, using: &random))
        case 6 where !lines.isEmpty:
            let index = Int.random(in: 0..<lines.count, using: &random)
            let controls: [UInt8] = [1, 7, 8, 11, 12, 13, 27, 127, 9]
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                lines[index].insert(pick(controls), at: Int.random(in: 0...lines[index].count, using: &random))
            }
        case 7 where !lines.isEmpty:
            let index = Int.random(in: 0..<lines.count, using: &random)
            let indent = chance(50) ? [UInt8](repeating: 9, count: Int.random(in: 1...40, using: &random))
                : [UInt8](repeating: 32, count: Int.random(in: 1...200, using: &random))
            lines[index] = indent + lines[index]
        case 8:
            let depth = chance(4) ? Int.random(in: 500...2000, using: &random) : Int.random(in: 5...60, using: &random)
            let marker = pick(["- ", "* ", "1. ", "> ", "→ ", "↳ "])
            let block = (0..<depth).map { Array((String(repeating: "  ", count: $0) + marker + "level \($0)").utf8) }
            lines.insert(contentsOf: block, at: position(lines))
        case 9:
            let size = chance(4) ? Int.random(in: 50_000...150_000, using: &random) : Int.random(in: 500...5_000, using: &random)
            let unit = Array(pick(["word ", "<b>x</b> ", "&amp; ", "[a](b) ", "**", "| c ", "$\\rightarrow$ ", "é"]).utf8)
            lines.insert(Array(unit.lazy.cycled().prefix(size)), at: position(lines))
        case 10 where !lines.isEmpty:
            // Cut the note short, maybe in the middle of a character.
            var bytes = Array(lines.joined(separator: [10]))
            bytes.removeLast(Int.random(in: 0...min(bytes.count, 40), using: &random))
            lines = bytes.split(separator: 10, omittingEmptySubsequences: false).map(Array.init)
        case 11 where !lines.isEmpty:
            let index = Int.random(in: 0..<lines.count, using: &random)
            let invalid: [[UInt8]] = [[0xFF], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC0, 0xAF]]
            lines[index].insert(contentsOf: pick(invalid), at: Int.random(in: 0...lines[index].count, using: &random))
        case 12 where lines.count > 1:
            let a = Int.random(in: 0..<lines.count, using: &random), b = Int.random(in: 0..<lines.count, using: &random)
            lines.swapAt(a, b)
        case 13 where !lines.isEmpty:
            let index = Int.random(in: 0..<lines.count, using: &random)
            let wrap = pick([("**", ""), ("<b>", ""), ("[", "]("), ("`", ""), ("<!--", ""), ("| ", " |"), ("# ", ""), ("<div>", "</span>"), ("<a href=\"", "\">")])
            lines[index] = Array(wrap.0.utf8) + lines[index] + Array(wrap.1.utf8)
        default:
            lines.insert(Array(pick(Self.hostile).utf8), at: position(lines))
        }
    }

    /// A note file name: spaces, unicode, leading dashes and dots are all fair.
    mutating func fileName(_ index: Int) -> String {
        let stem = pick(["notes", "my notes", "-rf", "--output=x", "ünï cødé", "日本語", "a'b\"c", "x..y", "back\\slash", "$(echo hi)", "tab\there"])
        return "\(index) \(stem).\(pick(["txt", "md", "html", "text"]))"
    }
}

private extension LazySequenceProtocol {
    /// The elements over and over, without end.
    func cycled() -> LazySequence<UnfoldSequence<Element, Int>> where Elements: Collection {
        let items = Array(elements)
        return sequence(state: 0) { (index: inout Int) -> Element? in
            defer { index = (index + 1) % items.count }
            return items[index]
        }.lazy
    }
}

/// Runs the whole pipeline on thousands of mutated notes, a few to a build, and checks
/// that nothing crashes or hangs and that nothing unsafe reaches a page, deck or script.
///
/// `FUZZ_CASES` sets the number of notes (default 2000, about two minutes of a debug build on two cores),
/// `FUZZ_SEED` the generator's seed, `FUZZ_CASE_SECONDS` how long one build may take
/// before it counts as a hang (default 60: a debug build of 16 notes on a busy machine), and
/// `FUZZ_FIRST_BUILD` the first build to run, to replay one that found a problem.
@Suite struct FuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let cases = Int(environment["FUZZ_CASES"] ?? "") ?? 2000
    static let seed = UInt64(environment["FUZZ_SEED"] ?? "") ?? 0x5EED_D157
    static let budget = Double(environment["FUZZ_CASE_SECONDS"] ?? "") ?? 60
    static let notesPerBuild = 16
    /// `FUZZ_FIRST_BUILD=n` replays the generator but builds only from build `n` on.
    static let firstBuild = Int(environment["FUZZ_FIRST_BUILD"] ?? "") ?? 0

    @Test func mutatedNotesNeverCrashHangOrEscape() async throws {
        let seeds: [[[UInt8]]] = SourceLoader(folder: Repository.input).discover().paths.compactMap { path in
            FileManager.default.contents(atPath: Repository.input.appendingPathComponent(path.rawValue).path)
                .map { [UInt8]($0).split(separator: 10, omittingEmptySubsequences: false).map(Array.init) }
        }
        try #require(!seeds.isEmpty)
        var mutator = NoteMutator(seed: Self.seed, seeds: seeds)
        let root = Repository.temporaryFolder("distill-fuzz")
        var keep = false
        defer { if !keep { try? FileManager.default.removeItem(at: root) } }
        var made = 0
        var builds = 0
        var facts = 0
        var problems: [String] = []
        while made < Self.cases {
            let input = root.appendingPathComponent("Input-\(builds)")
            try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
            let count = min(Self.notesPerBuild, Self.cases - made)
            for index in 0..<count {
                let url = input.appendingPathComponent(mutator.fileName(index))
                _ = FileManager.default.createFile(atPath: url.path, contents: Data(mutator.note()))
            }
            made += count
            if builds < Self.firstBuild {
                // Made only to replay the generator up to the build to look at.
                builds += 1
                try? FileManager.default.removeItem(at: input)
                continue
            }
            let options = BuildOptions(input: input, output: root.appendingPathComponent("Output"), templates: Repository.templates)
            guard let result = await Self.build(options, within: Self.budget) else {
                Issue.record("build \(builds) (FUZZ_SEED=\(Self.seed)) took over \(Self.budget) s; its notes are kept in \(input.path)")
                keep = true
                return
            }
            builds += 1
            facts += result.graph.facts.count
            let found = NoEscape.violations(in: result.files)
                + result.files.filter { !OutputWriter.isSafe($0.path) }.map { "unsafe path \($0.path)" }
                + result.diagnostics.filter { $0.severity == .error }.map { "error: \($0)" }
            if !found.isEmpty {
                problems += found.map { "build \(builds - 1): \($0)" }
                // Keep the notes that caused it, to look at.
                continue
            }
            try? FileManager.default.removeItem(at: input)
        }
        keep = !problems.isEmpty
        if keep { print("fuzz: the notes of the builds with problems are kept in \(root.path)") }
        print("fuzz: \(made) mutated notes in \(builds) builds (seed \(Self.seed)), \(facts) facts built, \(problems.count) problems")
        #expect(problems.isEmpty, "FUZZ_SEED=\(Self.seed):\n\(problems.prefix(30).joined(separator: "\n"))")
        #expect(made == Self.cases)
    }

    /// Runs a build on its own thread and waits at most `seconds` for it, without holding a
    /// thread of the concurrency pool meanwhile (other suites, such as the preview server's,
    /// need those threads while this test runs for minutes).
    static func build(_ options: BuildOptions, within seconds: Double) async -> BuildResult? {
        await withCheckedContinuation { continuation in
            let slot = ResumeOnce(continuation)
            let thread = Thread {
                slot.resume(with: Pipeline(options: options).run())
            }
            thread.stackSize = 64 << 20
            thread.start()
            DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { slot.resume(with: nil) }
        }
    }

    @Test func theCheckerCatchesWhatItLooksFor() {
        let page = RenderedFile(path: "site/x.html", text: """
            <p onclick="x()">a</p><a href=" jav&#x61;script:alert(1)">b</a><script>alert(1)</script>
            <img src="data:image/png;base64,AAA"><iframe src="https://e"></iframe><style>a{background:url(x)}</style>
            <script src="../assets/toc.js"></script><a href="https://example.com/a:b">fine</a><p>&lt;script&gt; is text</p>
            """)
        let deck = RenderedFile(path: "anki/d.csv", text: "#separator:Comma\nBasic,Deck,,g1,=1+1,\"<b onmouseover=x>y</b>\"\nBasic,Deck,,g2,&#8203;=1+1,fine\n")
        let script = RenderedFile(path: "site/assets/toc.js", text: "  var topics = [\n    [\"a\", \"b.html\", 2],\n    [\"x\"];alert(1);//\", \"c\", 0],\n  ];\n")
        let found = NoEscape.violations(in: [page, deck, script])
        for expected in ["event handler attribute onclick", "javascript: URL in href", "inline or foreign <script>", "data: URL in src",
                         "<iframe> element", "<style> holds 'url('", "starts with a formula character: =1+1", "in a cell: event handler",
                         "topic list entry is not two string literals"] {
            #expect(found.contains { $0.contains(expected) }, "\(expected) not caught in \(found)")
        }
        #expect(found.count == 9, "\(found)")
    }
}

/// Resumes a continuation once: with the build's result, or with nil when the time limit
/// comes first (whichever happens later is ignored).
private final class ResumeOnce: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<BuildResult?, Never>?

    init(_ continuation: CheckedContinuation<BuildResult?, Never>) {
        self.continuation = continuation
    }

    func resume(with result: BuildResult?) {
        let waiting = lock.withLock { () -> CheckedContinuation<BuildResult?, Never>? in
            defer { continuation = nil }
            return continuation
        }
        waiting?.resume(returning: result)
    }
}

