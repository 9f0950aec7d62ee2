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
        // Each folded wording, shape and stance gets a number, so the serial loop below hashes
        // numbers, not text.
        let wordings = Self.numbers(of: foldedTexts, \.key)
        let shapes = Self.numbers(of: foldedTexts, \.shape)
        let stances = Self.numbers(of: foldedTexts, \.stance)
        // The vocabulary and the glossary are sets, whatever how often a text is said; the
        // spelling and the statistics count each text as often as it is said.
        let vocabulary = FactSignature.compoundVocabulary(foldedTexts)
        let spelling = spelling ?? SpellingVariants.corrections(foldedTexts, counts: distinct.counts)
        // Each heading title once: copies of a note repeat their headings.
        let acronyms = acronyms
            ?? AcronymGlossary(learningFrom: distinct.texts + DistinctTexts(ordered.map { $0.headings.compactMap(\.path.last) }).texts)
        let signatures = distinct.map { position, text in
            FactSignature(text, folded: foldedTexts[position], vocabulary: vocabulary, spelling: spelling, acronyms: acronyms)
        }
        let scores = distinct.map { position, text in WordingQuality.score(text, folded: foldedTexts[position]) }
        // Statistics counted here know every token; ones from a larger corpus may not.
        let tokens = statistics == nil ? [] : signatures.flatMap(\.tokens)
        let statistics = statistics ?? CorpusStatistics(signatures, counts: distinct.counts)
        let matcher = NearDuplicateMatcher(
            statistics: statistics, table: TokenTable(statistics.documentFrequency.keys + tokens, statistics: statistics),
            signatures: signatures)
        let repeated = Self.saidUnderSeveralHeadings(ordered, texts: distinct.positions, wordings: wordings)
        let reach = distinct.map { position, text -> DistinctFactTexts.Reach in
            let signature = signatures[position]
            if signature.folded.words.isEmpty { return .sameText }
            let global = signature.folded.words.count >= globalMergeWords
                || Self.namesAThing(text, signature, wording: wordings[position], repeated: repeated, statistics: statistics)
            return global ? .guide : .topic
        }
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
            matcher: matcher, vocabulary: TopicVocabulary(rootTitlesBySource: rootTitles, rules: topicRules),
            texts: DistinctFactTexts(
                signatures: signatures, scores: scores, wordings: wordings, shapes: shapes, stances: stances, reach: reach)
        )
        for (position, note) in ordered.enumerated() {
            state.add(note, texts: distinct.positions[position])
        }
        state.assignIDs()
        return state.graph(sources: sources)
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
            for (fact, text) in zip(note.facts, texts) {
                let wording = wordings[text]
                if let path = firstPath[wording] {
                    if path != fact.topicPath { repeated.insert(wording) }
                } else {
                    firstPath[wording] = fact.topicPath
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

/// What the dedupe stage keeps while it reads the notes one after another.
struct DedupState {
    /// What was worked out for each distinct text the notes hold.
    let texts: DistinctFactTexts
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
    /// The distinct text each kept fact was first seen with, by index.
    var keptTexts: [Int] = []
    /// Each kept fact's wording score (see `WordingQuality`).
    var scores: [Int] = []
    /// Each kept fact's origins as a set: a fact said by every copy of a note has hundreds,
    /// and searching the list on every merge would grow with their square.
    var originSets: [Set<OriginKey>] = []
    /// A number for each source file, so an origin is compared as numbers, not as a path.
    var fileNumbers: [SourcePath: Int] = [:]
    /// The last file numbered: a note's facts all come from its own file.
    var lastFile: (path: SourcePath, number: Int)?
    /// What each kept fact's ID is made from. While the notes are read a fact's ID is its
    /// index; `assignIDs` hashes these on all cores and puts the IDs in place.
    var idKeys: [IDKey] = []

    var matcher: NearDuplicateMatcher

    init(matcher: NearDuplicateMatcher, vocabulary: TopicVocabulary, texts: DistinctFactTexts) {
        self.texts = texts
        self.matcher = matcher
        self.topicIndex = TopicIndex(vocabulary: vocabulary)
    }

    /// Adds a note's facts; `texts` holds the distinct-text position of each of its facts.
    mutating func add(_ note: ExtractedNote, texts positions: [Int]) {
        for heading in note.headings {
            _ = topicIndex.topic(for: heading.path, origin: heading.location)
        }
        // The index each fact went to, or -1 before it is added.
        var mergedIndex = [Int](repeating: -1, count: note.facts.count)
        // Facts are read in place: copying each one would retain every field.
        note.facts.withUnsafeBufferPointer { facts in
            for entry in note.entries {
                switch entry {
                case let .block(block):
                    let topic = topicIndex.topic(for: block.topicPath, origin: nil)
                    topicIndex.append(.block(block), to: topic)
                case let .fact(index):
                    // The pointer is read without a bounds check of its own.
                    precondition(facts.indices.contains(index), "entry \(index) of \(note.source) names no fact")
                    let parent = facts[index].parentIndex.flatMap { mergedIndex.indices.contains($0) && mergedIndex[$0] >= 0 ? mergedIndex[$0] : nil }
                    mergedIndex[index] = add(facts.baseAddress! + index, text: positions[index], parent: parent)
                }
            }
        }
    }

    /// Adds one fact, whose text is distinct text `text`, merging it into an equal one when
    /// there is one; returns its index. The fact is read through a pointer into its note, so
    /// that only the fields used are copied.
    private mutating func add(_ fact: UnsafePointer<Fact>, text: Int, parent: Int?) -> Int {
        let topic = topicIndex.topic(for: fact.pointee.topicPath, origin: nil)
        let score = texts.scores[text]
        let key = switch texts.reach[text] {
        case .sameText: MergeKey(scope: .raw, wording: text)
        case .guide: MergeKey(scope: .global, wording: texts.wordings[text])
        case .topic: MergeKey(scope: .topic(topic), wording: texts.wordings[text])
        }
        if let existing = indexByKey[key] {
            merge(fact, score: score, into: existing)
            return existing
        }
        var nearConflict: (index: Int, reason: String)?
        var suspect: (index: Int, similarity: Double)?
        switch matcher.match(text: text) {
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
        let id = Self.provisionalID(index)
        idKeys.append(IDKey(key: key, rawText: key.scope == .raw ? fact.pointee.text : nil))
        facts.append(MergedFact(
            id: id, topic: slug, kind: fact.pointee.kind, content: fact.pointee.content, text: fact.pointee.text,
            origins: [fact.pointee.location], parent: parentID, depth: parentID == nil ? 0 : fact.pointee.depth
        ))
        factTopic.append(topic)
        keptTexts.append(text)
        scores.append(score)
        originSets.append([originKey(fact.pointee.location)])
        indexByKey[key] = index
        topicIndex.append(.fact(facts[index].id), to: topic)
        matcher.add(text: text)
        findConflicts(for: index, text: text, scope: key.scope == .global ? -1 : topic)
        if let nearConflict { report(nearConflict.index, index, reason: nearConflict.reason) }
        // A source repeating itself in similar words is its own business; sources overlapping are not.
        if let suspect, facts[suspect.index].origins.first?.file != fact.pointee.location.file {
            let similarity = Int((suspect.similarity * 100).rounded())
            suspects.append(Conflict(facts: [facts[suspect.index].id, facts[index].id], reason: "\(similarity)% alike in wording; not merged"))
        }
        return index
    }

    /// `score` is the fact's wording score; the better-worded of the two is shown.
    private mutating func merge(_ fact: UnsafePointer<Fact>, score: Int, into index: Int) {
        guard originSets[index].insert(originKey(fact.pointee.location)).inserted else { return }
        if score > scores[index] {
            scores[index] = score
            facts[index].text = fact.pointee.text
            facts[index].content = fact.pointee.content
            if facts[index].kind == .statement { facts[index].kind = fact.pointee.kind }
            facts[index].origins.insert(fact.pointee.location, at: 0)
            facts[index].wordings.insert(fact.pointee.text, at: 0)
        } else {
            facts[index].origins.append(fact.pointee.location)
            facts[index].wordings.append(fact.pointee.text)
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

    /// Reports the kept fact `index`, whose text is distinct text `text`, against the first
    /// kept fact of its scope with the same shape or stance; `scope` is a topic's index, or
    /// -1 for the whole guide.
    private mutating func findConflicts(for index: Int, text: Int, scope: Int) {
        let folded = texts.signatures[text].folded
        // Too little context to tell a disagreement from two different statements.
        guard folded.words.count >= 3 else { return }
        if !folded.numbers.isEmpty {
            let shape = ScopedWording(scope: scope, wording: texts.shapes[text])
            if let first = firstByShape[shape] {
                let other = texts.signatures[keptTexts[first]].folded.numbers
                report(first, index, reason: "numbers differ: \(other.joined(separator: ", ")) vs \(folded.numbers.joined(separator: ", "))")
            } else {
                firstByShape[shape] = index
            }
        }
        let stance = ScopedWording(scope: scope, wording: texts.stances[text])
        if let first = firstByStance[stance] {
            let otherNegations = texts.signatures[keptTexts[first]].folded.negations
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

    /// What a kept fact's ID is made from, with its topic's slug: its merge key as text.
    struct IDKey {
        var key: MergeKey
        /// The fact's own text, for a key of text with no words.
        var rawText: String?
    }

    /// A kept fact's ID while the notes are read: its index, which `assignIDs` replaces.
    private static func provisionalID(_ index: Int) -> FactID { FactID(String(index)) }

    /// Gives every kept fact its ID, a hash of its topic's slug and its merge key; a hash
    /// already given is hashed again with a counter, in the order the facts were kept. The
    /// hashes are made on all cores, then every fact, parent, topic entry and conflict that
    /// holds a provisional ID gets the fact's ID instead.
    mutating func assignIDs() {
        let (topics, signatures) = (topicIndex.topics, texts.signatures)
        let (idKeys, factTopic, keptTexts) = (idKeys, factTopic, keptTexts)
        let keys = Parallel.map(Array(idKeys.indices), inChunksOf: 256) { index in
            let text = idKeys[index].rawText ?? signatures[keptTexts[index]].folded.key
            return (topics[factTopic[index]].slug.rawValue, idKeys[index].key.description(topics: topics, text: text))
        }
        let hashes = Parallel.map(keys, inChunksOf: 256) { topic, key in StableHash.hex(topic + "\n" + key, length: 11) }
        var used = Set<FactID>()
        used.reserveCapacity(keys.count)
        var ids: [FactID] = []
        ids.reserveCapacity(keys.count)
        for ((topic, key), hash) in zip(keys, hashes) {
            var candidate = FactID("f" + hash)
            var counter = 2
            while used.contains(candidate) {
                candidate = FactID("f" + StableHash.hex("\(topic)\n\(key)\n\(counter)", length: 11))
                counter += 1
            }
            used.insert(candidate)
            ids.append(candidate)
        }
        func final(_ provisional: FactID) -> FactID {
            guard let index = Int(provisional.rawValue), ids.indices.contains(index) else {
                preconditionFailure("'\(provisional.rawValue)' is no provisional fact ID")
            }
            return ids[index]
        }
        for index in facts.indices {
            facts[index].id = ids[index]
            facts[index].parent = facts[index].parent.map(final)
        }
        topicIndex.renameFacts(final)
        for index in conflicts.indices { conflicts[index].facts = conflicts[index].facts.map(final) }
        for index in suspects.indices { suspects[index].facts = suspects[index].facts.map(final) }
    }

    func graph(sources: [SourceSummary]) -> FactGraph {
        let order = topicIndex.orderedIndices()
        // Facts in the order their topics are read, in the order they were kept within a topic.
        var rank = [Int](repeating: 0, count: topicIndex.topics.count)
        for (position, index) in order.enumerated() { rank[index] = position }
        var byRank = [[Int]](repeating: [], count: max(order.count, 1))
        for (fact, topic) in factTopic.enumerated() { byRank[rank[topic]].append(fact) }
        return FactGraph(
            sources: sources, topics: order.map { topicIndex.topics[$0] }, facts: byRank.flatMap { $0.map { facts[$0] } },
            conflicts: conflicts, suspectedDuplicates: suspects)
    }
}

/// A fact's origin with its file as a number (see `DedupState.originKey`).
struct OriginKey: Hashable {
    var file: Int
    var line: Int
    /// -1 where the column is not known.
    var column: Int
}

/// A shape or stance, by number, within a scope (-1 for the whole guide, or a topic's index).
struct ScopedWording: Hashable {
    var scope: Int
    var wording: Int
}

/// What two facts must share to be merged without comparing them further: a scope (the whole
/// guide, one topic, or none for text with no words) and the folded wording, by number (the
/// raw text's number for text with no words).
struct MergeKey: Hashable {
    enum Scope: Hashable {
        /// Text with no words to fold merges only with the same raw text.
        case raw
        case global
        /// A topic, by its index.
        case topic(Int)
    }

    var scope: Scope
    var wording: Int

    /// The key as text (`*|words`, `slug|words` or `raw|text`), which a fact's ID is made from;
    /// `text` is the folded wording, or the raw text for text with no words.
    func description(topics: [Topic], text: String) -> String {
        switch scope {
        case .raw: "raw|" + text
        case .global: "*|" + text
        case let .topic(index): topics[index].slug.rawValue + "|" + text
        }
    }
}
