import ArgumentParser
import Distill
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Build, then list every conflict between sources as file:line diagnostics."
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
        Report.print(result, verbose: folders.verbose)
        print("\(result.graph.conflicts.count) conflict\(result.graph.conflicts.count == 1 ? "" : "s")")
        if !result.succeeded { throw ExitCode.failure }
    }
}
