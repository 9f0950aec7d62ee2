import Foundation

/// Where a build reads and writes, and what it reports.
public struct BuildOptions: Sendable {
    public var input: URL
    public var output: URL
    public var templates: URL
    /// List every dropped line with its rule, not only the counts.
    public var verbose: Bool
    /// Cheat sheet settings from the command line; each one set wins over `distill.yml`.
    public var sheets = SheetSettings.Overrides()
    /// Write one Anki deck file per root topic instead of one for the whole guide.
    public var splitDecks: Bool = false
    /// Give definition notes a reversed card too (definition → term).
    public var reversedCards: Bool = false
    /// Ignore the incremental cache in `Output/.cache` and build it anew.
    public var clean: Bool = false
    /// Leave the output folder as it was when the build has errors (the preview server keeps
    /// serving the last good site); a plain build writes whatever it could make.
    public var keepOutputOnError: Bool = false
    /// Leave the previous output, retired, beside the new one for the caller to remove with
    /// `OutputWriter.removeRetiredOutput` (the preview server does, once its pages have heard
    /// of the build); a plain build removes it before it ends.
    public var leavesRetiredOutput: Bool = false

    public init(input: URL, output: URL, templates: URL, verbose: Bool = false) {
        self.input = input
        self.output = output
        self.templates = templates
        self.verbose = verbose
    }
}
