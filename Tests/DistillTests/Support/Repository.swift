import Foundation

@testable import Distill

/// Paths in the repository, found from this file's own place.
enum Repository {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    static var input: URL { root.appendingPathComponent("Input") }
    static var templates: URL { root.appendingPathComponent("Templates") }

    /// A new empty folder under the system's temporary folder, removed when the tests end.
    static func temporaryFolder(_ name: String = "distill-test") -> URL {
        let url = TemporaryFiles.path(name)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// One build of the seed notes, shared by the tests that only read its result.
enum SeedBuild {
    static let output = Repository.temporaryFolder("distill-seed-build")
    static let result: BuildResult = Pipeline(
        options: BuildOptions(input: Repository.input, output: output, templates: Repository.templates)
    ).run()

    /// Raw lines of every input file, by path, decoded as the loader decodes them.
    static let rawLines: [SourcePath: [Substring]] = {
        let loader = SourceLoader(folder: Repository.input)
        var lines: [SourcePath: [Substring]] = [:]
        for path in loader.discover().paths {
            if let file = loader.load(path).file { lines[path] = file.lines }
        }
        return lines
    }()
}
