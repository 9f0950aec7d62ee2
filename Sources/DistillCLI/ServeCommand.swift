import ArgumentParser
import Distill
import DistillServe
import Foundation

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build, serve the site on a local address, and rebuild and reload pages on every save."
    )

    @OptionGroup var folders: FolderOptions

    @OptionGroup(title: "Cheat sheets") var sheets: SheetOptions

    @OptionGroup(title: "Anki decks") var decks: DeckOptions

    @Option(help: "Address to listen on (an IPv4 or IPv6 address, or localhost).")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on; 0 picks a free one.")
    var port: UInt16 = 8000

    func run() async throws {
        // Every rebuild uses the same sheet and deck choices as `distill build` would.
        var build = folders.buildOptions
        build.sheets = sheets.overrides
        decks.apply(to: &build)
        let server = try PreviewServer(options: ServeOptions(build: build, host: host, port: port)) { line in
            if line.hasPrefix("error:") || line.contains(": error:") {
                var stderr = StandardError()
                Swift.print(line, to: &stderr)
            } else {
                // Unbuffered: each rebuild's line reaches a log file at once, not when a buffer fills.
                FileHandle.standardOutput.write(Data((line + "\n").utf8))
            }
        }
        let url = try await server.start()
        FileHandle.standardOutput.write(Data("serving \(server.options.siteFolder.path) at \(url.absoluteString) (Ctrl-C stops)\n".utf8))
        // Serve until the process is interrupted.
        while true { try await Task.sleep(nanoseconds: 3_600_000_000_000) }
    }
}
