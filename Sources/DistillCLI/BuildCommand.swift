import ArgumentParser
import Distill
import Foundation

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the website, cheat sheets, Anki decks and facts.json from the notes."
    )

    @OptionGroup var folders: FolderOptions

    @OptionGroup(title: "Cheat sheets") var sheets: SheetOptions

    @OptionGroup(title: "Anki decks") var decks: DeckOptions

    @Flag(help: "Ignore the incremental cache in <output>/.cache and rebuild it from nothing.")
    var clean = false

    func run() throws {
        var options = folders.buildOptions
        options.sheets = sheets.overrides
        decks.apply(to: &options)
        options.clean = clean
        let result = Pipeline(options: options).run { report in
            print(report.line)
        }
        Report.print(result, verbose: folders.verbose)
        BuildStatus.exit(for: result)
    }
}
