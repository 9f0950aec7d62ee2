import ArgumentParser
import Distill
import Foundation

@main
struct DistillCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "distill",
        abstract: "Turn raw study notes into a study website, cheat sheets and Anki decks.",
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self],
        defaultSubcommand: BuildCommand.self
    )
}

/// Folders shared by every subcommand.
struct FolderOptions: ParsableArguments {
    @Option(help: "Folder of raw notes (and distill.yml).")
    var input = "Input"

    @Option(help: "Folder to write the guide into.")
    var output = "Output"

    @Option(help: "Folder of Mustache templates (site/, cheatsheet/, anki/).")
    var templates = "Templates"

    @Flag(name: .shortAndLong, help: "List every dropped line with its rule.")
    var verbose = false

    var buildOptions: BuildOptions {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        func url(_ path: String) -> URL { URL(fileURLWithPath: path, relativeTo: cwd).standardizedFileURL }
        return BuildOptions(input: url(input), output: url(output), templates: url(templates), verbose: verbose)
    }
}
