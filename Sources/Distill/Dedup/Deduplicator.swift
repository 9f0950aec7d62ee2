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
        dedupe(notes, sources: sources, statistics: statistics, spelling: spelling, acronyms: acronyms, alongsideMergeLoop: {}).graph
    }

    /// `dedupe`, with `alongsideMergeLoop` run while the serial merge loop does, on another
    /// core; its result comes back with the graph.
    func dedupe<Side: Sendable>(
        _ notes: [ExtractedNote], sources: [SourceSummary], statistics: CorpusStatistics?, spelling: [String: String]? = nil,
        acronyms: AcronymGlossary? = nil, alongsideMergeLoop: @Sendable () -> Side
    ) -> (graph: FactGraph, side: Side) {
        let ordered = notes.sorted(by: { $0.source < $1.source })
        // The topics depend on the headings alone: they are placed in one serial pass, started
        // first, and the texts' work takes whatever core the pass leaves.
        let (placed, (distinct, foldedTexts, numbered, lexicon)) = Parallel.both({
            var topics = TopicIndex(vocabulary: TopicVocabulary(rootTitlesBySource: Self.rootTitles(of: ordered), rules: topicRules))
            let entryTopics = topics.place(ordered)
            return (topics, entryTopics)
        }, {
            // Each distinct text is folded, signed and scored once; the vocabulary, the
            // signatures and the exact keys share the folding.
            let distinct = DistinctTexts(ordered.map { $0.facts.map { $0.text } })
            let foldedTexts = distinct.map { _, text in FoldedText(text) }
            // What the signatures need and what they do not are worked out side by side, as
            // each part has serial steps of its own.
            let (numbered, lexicon) = Parallel.both({
                Self.numberedTexts(ordered, distinct: distinct, folded: foldedTexts)
            }, {
                Self.lexicon(ordered, distinct: distinct, folded: foldedTexts, spelling: spelling, acronyms: acronyms)
            })
            return (distinct, foldedTexts, numbered, lexicon)
        })
        let (vocabulary, spelling, acronyms) = lexicon
        let signatures = distinct.map { position, text in
            FactSignature(text, folded: foldedTexts[position], vocabulary: vocabulary, spelling: spelling, acronyms: acronyms)
        }
        // Statistics counted here know every token; ones from a larger corpus may not.
        let tokens = statistics == nil ? [] : signatures.flatMap(\.tokens)
        let statistics = statistics ?? CorpusStatistics(signatures, counts: distinct.counts)
        let matcher = NearDuplicateMatcher(
            table: TokenTable(statistics.documentFrequency.keys + tokens, statistics: statistics), signatures: signatures)
        let (wordings, repeated) = (numbered.wordings, numbered.repeated)
        let reach = distinct.map { position, text -> DistinctFactTexts.Reach in
            let signature = signatures[position]
            if signature.folded.words.isEmpty { return .sameText }
            let global = signature.folded.words.count >= globalMergeWords
                || Self.namesAThing(text, signature, wording: wordings[position], repeated: repeated, statistics: statistics)
            return global ? .guide : .topic
        }
        let texts = DistinctFactTexts(
            signatures: signatures, scores: numbered.scores, wordings: wordings, shapes: numbered.shapes, stances: numbered.stances,
            reach: reach)
        let positions = distinct.positions
        // The state is made inside the loop's closure, so that no other copy shares its tables
        // but the placed topics' list, copied once when the loop adds the first entry.
        let mergeLoop = { @Sendable () -> DedupState in
            var state = DedupState(matcher: matcher, topicIndex: placed.0, texts: texts)
            for (position, note) in ordered.enumerated() {
                state.add(note, texts: positions[position], topics: placed.1[position])
            }
            return state
        }
        var state: DedupState
        let side: Side
        (state, side) = Parallel.both(mergeLoop, alongsideMergeLoop)
        state.fillOrigins(from: ordered)
        state.assignIDs()
        let graph = state.takeGraph(sources: sources)
        // What dedupe worked out for each text goes while rendering starts.
        Teardown.release((consume state, consume matcher, consume texts, consume signatures, consume foldedTexts, consume distinct))
        return (graph, side)
    }

    /// Each distinct text's wording, shape and stance as numbers (so the serial loop hashes
    /// numbers, not text), its wording score, and the wordings a source writes under several
    /// headings.
    private static func numberedTexts(
        _ notes: [ExtractedNote], distinct: DistinctTexts, folded: [FoldedText]
    ) -> (wordings: [Int], shapes: [Int], stances: [Int], scores: [Int], repeated: Set<Int>) {
        let wordings = numbers(of: folded) { $0.key }
        let shapes = numbers(of: folded) { $0.shape }
        let stances = numbers(of: folded) { $0.stance }
        let scores = distinct.map { position, text in WordingQuality.score(text, folded: folded[position]) }
        let repeated = saidUnderSeveralHeadings(notes, texts: distinct.positions, wordings: wordings)
        return (wordings, shapes, stances, scores, repeated)
    }

    /// What a signature reads words with: the compound vocabulary, the spelling corrections and
    /// the acronym glossary, unless the latter two are given. The vocabulary and the glossary are
    /// sets, whatever how often a text is said; the spelling counts each text as often as it is.
    private static func lexicon(
        _ notes: [ExtractedNote], distinct: DistinctTexts, folded: [FoldedText], spelling: [String: String]?,
        acronyms: AcronymGlossary?
    ) -> (CompoundVocabulary, [String: String], AcronymGlossary) {
        // The three are independent, and each has serial steps: they are worked out side by side.
        let (vocabulary, (spelling, acronyms)) = Parallel.both({
            FactSignature.compoundVocabulary(folded)
        }, {
            Parallel.both({
                spelling ?? SpellingVariants.corrections(folded, counts: distinct.counts)
            }, {
                // Each heading title once: copies of a note repeat their headings.
                acronyms
                    ?? AcronymGlossary(learningFrom: distinct.texts + DistinctTexts(notes.map { $0.headings.compactMap { $0.path.last } }).texts)
            })
        })
        return (vocabulary, spelling, acronyms)
    }

    /// Each source's top-level titles; a note's facts come in runs under one heading.
    private static func rootTitles(of notes: [ExtractedNote]) -> [[String]] {
        Parallel.map(notes) { note in
            var titles = Set(note.headings.compactMap { $0.path.first })
            var last: String?
            for fact in note.facts {
                guard let title = fact.topicPath.first, title != last else { continue }
                titles.insert(title)
                last = title
            }
            return titles.sorted()
        }
    }

    /// A number for each text's `part` (its key, shape or stance): equal numbers, equal parts.
    /// The parts are worked out and hashed on all cores.
    private static func numbers(of texts: [FoldedText], _ part: @escaping @Sendable (FoldedText) -> String) -> [Int] {
        DistinctTexts(Parallel.map(texts.chunks(of: 4096)) { $0.map(part) }).positions.flatMap { $0 }
    }

    /// A short fact of rare words only, with no number and no negation, names a thing
    /// (`Exponential Backoff`, `Multipart Upload`) and means the same under any heading;
    /// common words (`Supports encryption`) say something about their topic instead.
    /// `wording` is the number of the signature's folded wording, and `repeated` holds the
    /// wordings a source writes under several headings.
    private static func namesAThing(
        _ text: String, _ signature: FactSignature, wording: Int, repeated: Set<Int>, statistics: CorpusStatistics
    ) -> Bool {
        let folded = signature.folded
        guard folded.words.count >= 2, signature.tokens.count >= 2, folded.numbers.isEmpty, folded.negations == 0,
              !repeated.contains(wording), !text.hasSuffix(":")
        else { return false }
        let rare = max(3, statistics.factCount / 150)
        return signature.tokens.allSatisfy { (statistics.documentFrequency[$0] ?? 0) <= rare }
    }

    /// Folded wordings, by number, that one source writes under two or more headings: its
    /// author says the same words of different things (`Defined as JSON` under each kind of
    /// policy). `texts` holds each note's facts' distinct-text positions, and `wordings` each
    /// distinct text's wording number. Each source is read on its own, on all cores.
    private static func saidUnderSeveralHeadings(_ notes: [ExtractedNote], texts: [[Int]], wordings: [Int]) -> Set<Int> {
        let bySource = Parallel.map(Array(zip(notes, texts))) { note, texts in
            var repeated = Set<Int>()
            var firstPath: [Int: [String]] = [:]
            // Facts are read in place: a copy of each would retain every field.
            InPlace.read(note.facts) { facts in
                for (position, text) in texts.enumerated() where position < facts.count {
                    let wording = wordings[text]
                    if let path = firstPath[wording] {
                        if path != facts[position].topicPath { repeated.insert(wording) }
                    } else {
                        firstPath[wording] = facts[position].topicPath
                    }
                }
            }
            return repeated
        }
        return bySource.reduce(into: Set<Int>()) { $0.formUnion($1) }
    }
}

/// What dedupe works out for each distinct fact text, by its position in `DistinctTexts`.
struct DistinctFactTexts {
    let signatures: [FactSignature]
    /// Each text's wording score (see `WordingQuality`).
    let scores: [Int]
    /// Each text's folded wording as a number: equal numbers, equal folded wordings.
    let wordings: [Int]
    /// Each text's shape (`FoldedText.shape`) and stance (`FoldedText.stance`) as numbers.
    let shapes: [Int]
    let stances: [Int]
    /// Which facts a fact with the text may merge with.
    let reach: [Reach]

    enum Reach: Sendable {
        /// Text with no words to fold merges only with the same raw text.
        case sameText
        /// A long text, or one that names a thing, merges across topics.
        case guide
        /// Any other text merges within its topic.
        case topic
    }
}
