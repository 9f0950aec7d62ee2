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

    @Flag(help: "Write one Anki deck file per root topic instead of one for the whole guide.")
    var split = false

    @Flag(help: "Give every Anki definition note a reversed card too (definition → term).")
    var reversedCards = false

    @Flag(help: "Ignore the incremental cache in <output>/.cache and rebuild it from nothing.")
    var clean = false

    func run() throws {
        var options = folders.buildOptions
        options.sheets = sheets.overrides
        options.splitDecks = split
        options.reversedCards = reversedCards
        options.clean = clean
        let result = Pipeline(options: options).run { report in
            print(report.line)
        }
        Report.print(result, verbose: folders.verbose)
        try BuildStatus.exit(for: result)
    }
}
