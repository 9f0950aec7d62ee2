import Foundation
import Yams

/// Reads `distill.yml`: every problem becomes a located diagnostic, and the defaults
/// stand in for whatever could not be read.
public enum ConfigLoader {
    public static let fileName = "distill.yml"

    /// Loads the config from `folder`, or the defaults when there is no config file.
    public static func load(from folder: URL) -> (GuideConfig, [Diagnostic]) {
        let url = folder.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else {
            return (GuideConfig(), [])
        }
        let path = SourcePath(fileName)
        guard let data = FileManager.default.contents(atPath: url.path),
              let text = String(data: data, encoding: .utf8)
        else {
            return (GuideConfig(), [Diagnostic(.error, .configInvalid(detail: "cannot read \(fileName) as UTF-8 text"), at: SourceLocation(file: path, line: 1))])
        }
        return parse(text, path: path)
    }

    /// Parses config text; `path` names the file in diagnostics.
    public static func parse(_ text: String, path: SourcePath = SourcePath(fileName)) -> (GuideConfig, [Diagnostic]) {
        var config = GuideConfig()
        var diagnostics: [Diagnostic] = []
        func fail(_ message: String, _ mark: Mark?) {
            let location = SourceLocation(file: path, line: mark?.line ?? 1, column: mark.map { $0.column })
            diagnostics.append(Diagnostic(.error, .configInvalid(detail: message), at: location))
        }
        let root: Node?
        do {
            // Every value is read as text and checked here, so no scalar needs its type
            // guessed: the default resolver compiles seven regular expressions to do that,
            // which took longer than the rest of reading the file.
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            if case let .scanner(_, problem, mark, _) = error {
                fail("\(fileName) is not valid YAML: \(problem)", mark)
            } else if case let .parser(_, problem, mark, _) = error {
                fail("\(fileName) is not valid YAML: \(problem)", mark)
            } else {
                fail("\(fileName) is not valid YAML: \(error)", nil)
            }
            return (config, diagnostics)
        } catch {
            fail("\(fileName) is not valid YAML: \(error)", nil)
            return (config, diagnostics)
        }
        guard let root else { return (config, diagnostics) }
        guard let mapping = root.mapping else {
            fail("\(fileName) must be a mapping of keys to values (e.g. `title: My Guide`)", root.mark)
            return (config, diagnostics)
        }
        var deck: String?
        for (keyNode, valueNode) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "aliases":
                config.topics.aliases = aliases(from: valueNode, fail: fail)
                continue
            case "separate":
                config.topics.separate = separateGroups(from: valueNode, fail: fail)
                continue
            default: break
            }
            guard let value = valueNode.scalar?.string else {
                fail("'\(key)' must be a single text value", valueNode.mark)
                continue
            }
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            switch key {
            case "title":
                if trimmed.isEmpty { fail("'title' must not be empty", valueNode.mark) } else { config.title = trimmed }
            case "description": config.description = trimmed
            case "author": config.author = trimmed
            case "deck":
                if trimmed.isEmpty || trimmed.contains("\"") {
                    fail("'deck' must be a non-empty name without double quotes", valueNode.mark)
                } else {
                    deck = trimmed
                }
            case "paper":
                if let paper = Paper(parsing: trimmed) {
                    // `landscape: true` may come before or after `paper: a4`.
                    config.sheets.paper.size = paper.size
                    if paper.landscape { config.sheets.paper.landscape = true }
                } else {
                    fail("'paper' must be a4, letter, a4-landscape or letter-landscape", valueNode.mark)
                }
            case "landscape", "pdf":
                guard let flag = ["true": true, "yes": true, "false": false, "no": false][trimmed.lowercased()] else {
                    fail("'\(key)' must be true or false", valueNode.mark)
                    continue
                }
                if key == "pdf" { config.sheets.pdf = flag } else { config.sheets.paper.landscape = flag }
            case "pages":
                if let pages = Int(trimmed), pages > 0 {
                    config.sheets.pages = pages
                } else {
                    fail("'pages' must be a whole number of pages, 1 or more", valueNode.mark)
                }
            default:
                let known = GuideConfig.keys.map(\.key).joined(separator: ", ")
                fail("unknown key '\(key)'; known keys are: \(known)", keyNode.mark)
            }
        }
        config.deckName = deck ?? config.title
        return (config, diagnostics)
    }
}
