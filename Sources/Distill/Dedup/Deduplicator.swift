/// The dedupe stage: one fact once, every source credited, every disagreement reported.
///
/// Facts merge when their folded wording is equal. A short fact merges only within its
/// topic (`Not enabled by default` means different things under different headings); a
/// fact of `globalMergeWords` words or more merges across topics. Facts whose wording is
/// equal but for their numbers, or but for a negation, are never merged: both stay, and the
/// pair is a conflict. Work is a few hash look-ups per fact, never a comparison of all pairs.
public struct Deduplicator: Sendable {
    /// Facts with at least this many words merge across topics.
    public var globalMergeWords = 6
    /// The config's `aliases:` and `separate:`, which win over the names the notes suggest.
    public var topicRules: TopicRules

    public init(topicRules: TopicRules = TopicRules()) {
        self.topicRules = topicRules
    }

    public func dedupe(_ notes: [ExtractedNote], sources: [SourceSummary]) -> FactGraph {
        dedupe(notes, sources: sources, statistics: nil)
    }

    /// Dedupes with word statistics and spelling corrections from a larger corpus the notes
    /// belong to, instead of from the notes themselves.
    func dedupe(
        _ notes: [ExtractedNote], sources: [SourceSummary], statistics: CorpusStatistics?, spelling: [String: String]? = nil,
        acronyms: AcronymGlossary? = nil
    ) -> FactGraph {
        let ordered = notes.sorted(by: { $0.source < $1.source })
        // Each distinct text is folded, signed and scored once; the vocabulary, the signatures
        // and the exact keys share the folding.
        let distinct = DistinctTexts(ordered.map { $0.facts.map(\.text) })
        let foldedTexts = distinct.map { _, text in FoldedText(text) }
        let folded = distinct.expand(foldedTexts)
        // The vocabulary and the glossary are sets, whatever how often a text is said; the
        // spelling and the statistics count each text as often as it is said.
        let vocabulary = FactSignature.compoundVocabulary(foldedTexts)
        let spelling = spelling ?? SpellingVariants.corrections(foldedTexts, counts: distinct.counts)
        // Each heading title once: copies of a note repeat their headings.
        let acronyms = acronyms
            ?? AcronymGlossary(learningFrom: distinct.texts + DistinctTexts(ordered.map { $0.headings.compactMap(\.path.last) }).texts)
        let distinctSignatures = distinct.map { position, text in
            FactSignature(text, folded: foldedTexts[position], vocabulary: vocabulary, spelling: spelling, acronyms: acronyms)
        }
        let signatures = distinct.expand(distinctSignatures)
        let scores = distinct.expand(distinct.map { position, text in WordingQuality.score(text, folded: foldedTexts[position]) })
        // Statistics counted here know every token; ones from a larger corpus may not.
        let tokens = statistics == nil ? [] : distinctSignatures.flatMap(\.tokens)
        let statistics = statistics ?? CorpusStatistics(distinctSignatures, counts: distinct.counts)
        let matcher = NearDuplicateMatcher(
            statistics: statistics, table: TokenTable(statistics.documentFrequency.keys + tokens, statistics: statistics))
        let profiles = distinct.expand(matcher.profiles(distinctSignatures))
        // Each source's top-level titles; a note's facts come in runs under one heading.
        let rootTitles = Parallel.map(ordered) { note in
            var titles = Set(note.headings.compactMap(\.path.first))
            var last: String?
            for fact in note.facts {
                guard let title = fact.topicPath.first, title != last else { continue }
                titles.insert(title)
                last = title
            }
            return titles.sorted()
        }
        var state = DedupState(
            globalMergeWords: globalMergeWords, matcher: matcher,
            vocabulary: TopicVocabulary(rootTitlesBySource: rootTitles, rules: topicRules)
        )
        state.saidUnderSeveralHeadings = Self.saidUnderSeveralHeadings(ordered, folded: folded)
        for (position, note) in ordered.enumerated() {
            state.add(note, signatures: signatures[position], profiles: profiles[position], scores: scores[position])
        }
        return state.graph(sources: sources)
    }

    /// Folded wordings that one source writes under two or more headings: its author says
    /// the same words of different things (`Defined as JSON` under each kind of policy).
    /// Each source is read on its own, on all cores.
    private static func saidUnderSeveralHeadings(_ notes: [ExtractedNote], folded: [[FoldedText]]) -> Set<String> {
        let bySource = Parallel.map(Array(zip(notes, folded))) { note, folds in
            var repeated = Set<String>()
            var firstPath: [String: [String]] = [:]
            for (fact, fold) in zip(note.facts, folds) {
                let key = fold.key
                if let path = firstPath[key] {
                    if path != fact.topicPath { repeated.insert(key) }
                } else {
                    firstPath[key] = fact.topicPath
                }
            }
            return repeated
        }
        return bySource.reduce(into: Set<String>()) { $0.formUnion($1) }
    }
}

/// What the dedupe stage keeps while it reads the notes one after another.
struct DedupState {
    let globalMergeWords: Int
    var topicIndex: TopicIndex
    var facts: [MergedFact] = []
    var factTopic: [Int] = []
    /// Kept facts by scope and folded wording (see `MergeKey`).
    var indexByKey: [MergeKey: Int] = [:]
    /// First fact seen for each shape (numbers blanked) and each stance (negations removed).
    var firstByShape: [ScopedWording: Int] = [:]
    var firstByStance: [ScopedWording: Int] = [:]
    var conflicts: [Conflict] = []
    var suspects: [Conflict] = []
    var conflictPairs: Set<[Int]> = []
    /// The folded wording each kept fact was first seen with, by index.
    var folds: [FoldedText] = []
    /// Each kept fact's wording score (see `WordingQuality`).
    var scores: [Int] = []
    /// Each kept fact's origins as a set: a fact said by every copy of a note has hundreds,
    /// and searching the list on every merge would grow with their square.
    var originSets: [Set<OriginKey>] = []
    /// A number for each source file, so an origin is compared as numbers, not as a path.
    var fileNumbers: [SourcePath: Int] = [:]
    /// The last file numbered: a note's facts all come from its own file.
    var lastFile: (path: SourcePath, number: Int)?
    var usedIDs: Set<FactID> = []
    /// Short wordings a source repeats under several headings; they merge only within a topic.
    var saidUnderSeveralHeadings: Set<String> = []

    var matcher: NearDuplicateMatcher

    init(globalMergeWords: Int, matcher: NearDuplicateMatcher, vocabulary: TopicVocabulary) {
        self.globalMergeWords = globalMergeWords
        self.matcher = matcher
        self.topicIndex = TopicIndex(vocabulary: vocabulary)
    }

    /// Adds a note's facts; `signatures`, their `profiles` and `scores` (`WordingQuality`) are
    /// its facts', in order.
    mutating func add(_ note: ExtractedNote, signatures: [FactSignature], profiles: [TokenProfile], scores: [Int]) {
        for heading in note.headings {
            _ = topicIndex.topic(for: heading.path, origin: heading.location)
        }
        var mergedIndex: [Int: Int] = [:]
        for entry in note.entries {
            switch entry {
            case let .block(block):
                let topic = topicIndex.topic(for: block.topicPath, origin: nil)
                topicIndex.append(.block(block), to: topic)
            case let .fact(index):
                let fact = note.facts[index]
                let parent = fact.parentIndex.flatMap { mergedIndex[$0] }
                mergedIndex[index] = add(fact, signature: signatures[index], profile: profiles[index], score: scores[index], parent: parent)
            }
        }
    }

    /// Adds one fact, merging it into an equal one when there is one; returns its index.
    /// `score` is the fact's wording score.
    private mutating func add(_ fact: Fact, signature: FactSignature, profile: TokenProfile, score: Int, parent: Int?) -> Int {
        let topic = topicIndex.topic(for: fact.topicPath, origin: nil)
        let folded = signature.folded
        let foldedKey = folded.key
        let global = folded.words.count >= globalMergeWords || namesAThing(fact, signature, foldedKey: foldedKey)
        let key = folded.words.isEmpty ? MergeKey(scope: .raw, text: fact.text) : MergeKey(scope: global ? .global : .topic(topic), text: foldedKey)
        if let existing = indexByKey[key] {
            merge(fact, score: score, into: existing)
            return existing
        }
        var nearConflict: (index: Int, reason: String)?
        var suspect: (index: Int, similarity: Double)?
        switch matcher.match(signature, profile: profile) {
        case let .duplicate(of: existing):
            merge(fact, score: score, into: existing)
            indexByKey[key] = existing
            return existing
        case let .conflict(with: other, reason):
            nearConflict = (other, reason)
        case let .suspected(of: other, similarity):
            suspect = (other, similarity)
        case .none:
            break
        }
        let index = facts.count
        let slug = topicIndex.topics[topic].slug
        let parentID = parent.flatMap { factTopic[$0] == topic ? facts[$0].id : nil }
        facts.append(MergedFact(
            id: uniqueID(topic: slug, key: key.description(topics: topicIndex.topics)), topic: slug, kind: fact.kind, content: fact.content,
            text: fact.text, origins: [fact.location], parent: parentID, depth: parentID == nil ? 0 : fact.depth
        ))
        factTopic.append(topic)
        folds.append(folded)
        scores.append(score)
        originSets.append([originKey(fact.location)])
        indexByKey[key] = index
        topicIndex.append(.fact(facts[index].id), to: topic)
        matcher.add(signature, profile: profile)
        findConflicts(for: index, folded: folded, scope: global ? "*" : slug.rawValue)
        if let nearConflict { report(nearConflict.index, index, reason: nearConflict.reason) }
        // A source repeating itself in similar words is its own business; sources overlapping are not.
        if let suspect, facts[suspect.index].origins.first?.file != fact.location.file {
            let similarity = Int((suspect.similarity * 100).rounded())
            suspects.append(Conflict(facts: [facts[suspect.index].id, facts[index].id], reason: "\(similarity)% alike in wording; not merged"))
        }
        return index
    }

    /// A short fact of rare words only, with no number and no negation, names a thing
    /// (`Exponential Backoff`, `Multipart Upload`) and means the same under any heading;
    /// common words (`Supports encryption`) say something about their topic instead.
    /// `foldedKey` is the key of the signature's folded text.
    private func namesAThing(_ fact: Fact, _ signature: FactSignature, foldedKey: String) -> Bool {
        let folded = signature.folded
        guard folded.words.count >= 2, signature.tokens.count >= 2, folded.numbers.isEmpty, folded.negations == 0,
              !saidUnderSeveralHeadings.contains(foldedKey), !fact.text.hasSuffix(":")
        else { return false }
        let statistics = matcher.statistics
        let rare = max(3, statistics.factCount / 150)
        return signature.tokens.allSatisfy { (statistics.documentFrequency[$0] ?? 0) <= rare }
    }

    /// `score` is the fact's wording score; the better-worded of the two is shown.
    private mutating func merge(_ fact: Fact, score: Int, into index: Int) {
        guard originSets[index].insert(originKey(fact.location)).inserted else { return }
        if score > scores[index] {
            scores[index] = score
            facts[index].text = fact.text
            facts[index].content = fact.content
            if facts[index].kind == .statement { facts[index].kind = fact.kind }
            facts[index].origins.insert(fact.location, at: 0)
            facts[index].wordings.insert(fact.text, at: 0)
        } else {
            facts[index].origins.append(fact.location)
            facts[index].wordings.append(fact.text)
        }
    }

    /// The location as numbers; equal keys mean equal locations.
    private mutating func originKey(_ location: SourceLocation) -> OriginKey {
        let file: Int
        if let last = lastFile, last.path == location.file {
            file = last.number
        } else {
            file = fileNumbers[location.file] ?? fileNumbers.count
            fileNumbers[location.file] = file
            lastFile = (location.file, file)
        }
        return OriginKey(file: file, line: location.line, column: location.column ?? -1)
    }

    private mutating func findConflicts(for index: Int, folded: FoldedText, scope: String) {
        // Too little context to tell a disagreement from two different statements.
        guard folded.words.count >= 3 else { return }
        if !folded.numbers.isEmpty {
            let shape = ScopedWording(scope: scope, wording: folded.shape)
            if let first = firstByShape[shape] {
                let other = folds[first].numbers
                report(first, index, reason: "numbers differ: \(other.joined(separator: ", ")) vs \(folded.numbers.joined(separator: ", "))")
            } else {
                firstByShape[shape] = index
            }
        }
        let stance = ScopedWording(scope: scope, wording: folded.stance)
        if let first = firstByStance[stance] {
            let otherNegations = folds[first].negations
            if otherNegations % 2 != folded.negations % 2 {
                let (negated, plain) = folded.negations % 2 == 1 ? (index, first) : (first, index)
                report(plain, negated, reason: "polarity differs: one fact negates the other (\"\(facts[negated].text)\")")
            }
        } else {
            firstByStance[stance] = index
        }
    }

    private mutating func report(_ a: Int, _ b: Int, reason: String) {
        let pair = [min(a, b), max(a, b)]
        guard conflictPairs.insert(pair).inserted else { return }
        conflicts.append(Conflict(facts: pair.map { facts[$0].id }, reason: reason))
    }

    private mutating func uniqueID(topic: TopicSlug, key: String) -> FactID {
        var candidate = FactID("f" + StableHash.hex(topic.rawValue + "\n" + key, length: 11))
        var counter = 2
        while usedIDs.contains(candidate) {
            candidate = FactID("f" + StableHash.hex("\(topic.rawValue)\n\(key)\n\(counter)", length: 11))
            counter += 1
        }
        usedIDs.insert(candidate)
        return candidate
    }

    func graph(sources: [SourceSummary]) -> FactGraph {
        let topics = topicIndex.ordered()
        // Facts in the order their topics are read.
        let position = Dictionary(uniqueKeysWithValues: topics.enumerated().map { ($1.slug, $0) })
        let ordered = facts.enumerated().sorted {
            (position[$0.element.topic] ?? 0, $0.offset) < (position[$1.element.topic] ?? 0, $1.offset)
        }.map(\.element)
        return FactGraph(sources: sources, topics: topics, facts: ordered, conflicts: conflicts, suspectedDuplicates: suspects)
    }
}

/// A fact's origin with its file as a number (see `DedupState.originKey`).
struct OriginKey: Hashable {
    var file: Int
    var line: Int
    /// -1 where the column is not known.
    var column: Int
}

/// A wording within a scope (`*` for the whole guide, or a topic's slug).
struct ScopedWording: Hashable {
    var scope: String
    var wording: String
}

/// What two facts must share to be merged without comparing them further: a scope (the whole
/// guide, one topic, or none for text with no words) and the folded wording.
struct MergeKey: Hashable {
    enum Scope: Hashable {
        /// Text with no words to fold merges only with the same raw text.
        case raw
        case global
        /// A topic, by its index.
        case topic(Int)
    }

    var scope: Scope
    var text: String

    /// The key as text (`*|words`, `slug|words` or `raw|text`), which a fact's ID is made from.
    func description(topics: [Topic]) -> String {
        switch scope {
        case .raw: "raw|" + text
        case .global: "*|" + text
        case let .topic(index): topics[index].slug.rawValue + "|" + text
        }
    }
}
