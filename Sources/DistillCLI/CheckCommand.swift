import ArgumentParser
import Distill
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Build, then list conflicts between sources and suspected duplicates as file:line diagnostics."
    )

    @OptionGroup var folders: FolderOptions

    func run() throws {
        let result = Pipeline(options: folders.buildOptions).run()
        let facts = Dictionary(uniqueKeysWithValues: result.graph.facts.map { ($0.id, $0) })
        for conflict in result.graph.conflicts {
            let sides = conflict.facts.compactMap { facts[$0] }
            guard let first = sides.first else { continue }
            for origin in first.origins {
                print("\(origin): warning: conflict: \(conflict.reason)")
            }
            for other in sides.dropFirst() {
                for origin in other.origins {
                    print("\(origin): note: the other side: \"\(other.text)\"")
                }
            }
        }
        for suspect in result.graph.suspectedDuplicates {
            let sides = suspect.facts.compactMap { facts[$0] }
            guard sides.count == 2, let first = sides[0].origins.first, let second = sides[1].origins.first else { continue }
            print("\(second): note: suspected duplicate of \(first) (\(suspect.reason)): \"\(sides[1].text)\" / \"\(sides[0].text)\"")
        }
        Report.print(result, verbose: folders.verbose)
        let conflicts = result.graph.conflicts.count
        let suspects = result.graph.suspectedDuplicates.count
        print("\(conflicts) conflict\(conflicts == 1 ? "" : "s"), \(suspects) suspected duplicate\(suspects == 1 ? "" : "s")")
        BuildStatus.exit(for: result)
    }
}
