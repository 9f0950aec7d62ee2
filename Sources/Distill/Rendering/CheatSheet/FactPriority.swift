/// How much a fact is worth on a sheet that cannot hold everything: facts said by more
/// sources, facts with numbers and limits, definitions and conflicts come first.
enum FactPriority {
    /// A table or code block: dense, but rarely the one thing to remember.
    static let blockScore = 3

    static func score(_ fact: FactView) -> Int {
        let text = fact.lead + " " + HTMLText.plain(fact.html)
        var score = 2 * min(fact.sources.count, 4)
        if text.contains(where: \.isNumber) { score += 3 }
        if fact.isDefinition { score += 3 }
        if fact.hasConflicts { score += 3 }
        if fact.isQuestion { score += 1 }
        return score
    }
}
