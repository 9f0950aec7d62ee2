import ArgumentParser
import Distill

/// Cheat sheet options of `distill build`; each one given wins over `distill.yml`.
struct SheetOptions: ParsableArguments {
    @Flag(help: "Also print every cheat sheet to PDF with headless Chromium.")
    var pdf = false

    @Option(help: "Cheat sheet paper: a4, letter, a4-landscape or letter-landscape.")
    var paper: String?

    @Flag(help: "Print cheat sheets in landscape.")
    var landscape = false

    @Option(help: "Page budget of each cheat sheet; the facts that matter most are kept.")
    var pages: Int?

    func validate() throws {
        if let paper, Paper(parsing: paper) == nil {
            throw ValidationError("--paper must be a4, letter, a4-landscape or letter-landscape, not '\(paper)'")
        }
        if let pages, pages < 1 { throw ValidationError("--pages must be 1 or more") }
    }

    var overrides: SheetSettings.Overrides {
        let parsed = paper.flatMap(Paper.init(parsing:))
        let landscape: Bool? = landscape || parsed?.landscape == true ? true : (parsed == nil ? nil : false)
        return SheetSettings.Overrides(paper: parsed?.size, landscape: landscape, pages: pages, pdf: pdf ? true : nil)
    }
}
