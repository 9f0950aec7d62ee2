import Foundation

@testable import Distill

/// A throwaway input folder with a known good note, for tests that add bad inputs beside it
/// and check the good one still builds.
struct Corpus {
    let root: URL
    var input: URL { root.appendingPathComponent("Input") }
    var output: URL { root.appendingPathComponent("Output") }
    var templates: URL { root.appendingPathComponent("Templates") }

    /// The good note: a heading and three facts whose words are checked in the output.
    static let goodNote = """
        # Photosynthesis

        - Chlorophyll: the green pigment that absorbs light
        - Plants release oxygen as a by-product
        - The Calvin cycle fixes carbon dioxide into sugar
        """
    static let goodWords = ["Chlorophyll", "oxygen as a by-product", "Calvin cycle"]

    init(good: Bool = true, copyTemplates: Bool = false) {
        root = Repository.temporaryFolder("distill-corpus")
        try? FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        if good { add("good.txt", Self.goodNote) }
        if copyTemplates { try? FileManager.default.copyItem(at: Repository.templates, to: templates) }
    }

    func add(_ name: String, _ text: String) {
        add(name, Data(text.utf8))
    }

    func add(_ name: String, _ data: Data) {
        let url = input.appendingPathComponent(name)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: url.path, contents: data)
    }

    func options(input: URL? = nil) -> BuildOptions {
        let templates = FileManager.default.fileExists(atPath: self.templates.path) ? self.templates : Repository.templates
        return BuildOptions(input: input ?? self.input, output: output, templates: templates)
    }

    func build() -> BuildResult {
        Pipeline(options: options()).run()
    }

    /// Every file under the output folder with its bytes, by relative path.
    func snapshot() -> [String: Data] {
        Self.snapshot(output)
    }

    static func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let names = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
        // The build cache is no output: its entries are checked before use, whatever a build left.
        for name in names where !name.hasPrefix(".cache/") && name != ".cache" {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[name] = FileManager.default.contents(atPath: url.path)
            }
        }
        return files
    }

    func remove() {
        // Undo `chmod 000` so the folder can be deleted.
        let names = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        for name in names {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: root.appendingPathComponent(name).path)
        }
        try? FileManager.default.removeItem(at: root)
    }
}

extension BuildResult {
    /// The text of the output file at `path`, or "" when there is none.
    func text(_ path: String) -> String {
        files.first { $0.path == path }.map { String(decoding: $0.contents, as: UTF8.self) } ?? ""
    }

    /// Whether a fact holding `words` was built.
    func hasFact(containing words: String) -> Bool {
        graph.facts.contains { $0.text.contains(words) }
    }
}
