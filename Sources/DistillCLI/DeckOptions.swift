import ArgumentParser
import Distill

/// Anki deck options shared by `distill build` and `distill serve`.
struct DeckOptions: ParsableArguments {
    @Flag(help: "Write one Anki deck file per root topic instead of one for the whole guide.")
    var split = false

    @Flag(help: "Give every Anki definition note a reversed card too (definition → term).")
    var reversedCards = false

    /// `options` with these choices applied.
    func apply(to options: inout BuildOptions) {
        options.splitDecks = split
        options.reversedCards = reversedCards
    }
}
