import Distill
import Foundation

/// Prints a build's diagnostics and dropped-line counts the way compilers do.
enum Report {
    static func print(_ result: BuildResult, verbose: Bool) {
        var stderr = StandardError()
        for diagnostic in result.diagnostics.sorted(by: order) {
            Swift.print(diagnostic, to: &stderr)
        }
        var perRule: [NoiseRule: Int] = [:]
        for (_, lines) in result.dropped {
            for line in lines { perRule[line.rule, default: 0] += 1 }
        }
        if !perRule.isEmpty {
            let counts = perRule.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value)" }
            Swift.print("dropped lines by rule: " + counts.joined(separator: ", "))
        }
        if verbose {
            for (file, lines) in result.dropped.sorted(by: { $0.key < $1.key }) {
                for line in lines {
                    Swift.print("\(file):\(line.line): note: dropped by rule '\(line.rule.rawValue)'")
                }
            }
        }
        let errors = result.diagnostics.filter { $0.severity == .error }.count
        let warnings = result.diagnostics.filter { $0.severity == .warning }.count
        let graph = result.graph
        Swift.print("cache: \(result.cacheHits) files reused, \(result.cacheMisses) extracted")
        Swift.print("\(graph.sources.count) sources, \(graph.topics.count) topics, \(graph.facts.count) facts, \(graph.conflicts.count) conflicts; \(errors) errors, \(warnings) warnings")
    }

    private static func order(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        switch (a.location, b.location) {
        case let (x?, y?): x < y
        case (nil, _?): true
        default: false
        }
    }
}

/// Standard error as a text stream for `print(_:to:)`.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }
}
