import ArgumentParser
import Distill
import Foundation

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the website, cheat sheets, Anki decks and facts.json from the notes."
    )

    @OptionGroup var folders: FolderOptions

    func run() throws {
        let result = Pipeline(options: folders.buildOptions).run { report in
            print(report.line)
        }
        Report.print(result, verbose: folders.verbose)
        if !result.succeeded { throw ExitCode.failure }
    }
}
