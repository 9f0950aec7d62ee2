/// What the dedupe stage keeps while it reads the notes one after another.
struct DedupState {
    /// What was worked out for each distinct text the notes hold.
    let texts: DistinctFactTexts
    var topicIndex: TopicIndex
    var facts: [MergedFact] = []
    var factTopic: [Int] = []
    /// Kept facts by scope and folded wording (see `MergeKey.pair`).
    var indexByKey: PairTable
    /// First fact seen for each shape (numbers blanked) and each stance (negations removed),
    /// by scope (-1 for the whole guide, or a topic's index) and the shape's or stance's number.
    var firstByShape: PairTable
    var firstByStance: PairTable
    var conflicts: [Conflict] = []
    var suspects: [Conflict] = []
    /// The pairs of kept facts reported as conflicts, the lower index first.
    var conflictPairs = PairTable()
    /// The distinct text each kept fact was first seen with, by index.
    var keptTexts: [Int] = []
    /// Each kept fact's wording score (see `WordingQuality`).
    var scores: [Int] = []
    /// Each kept fact's first origin in the last file that said it. A note's facts all come
    /// from its own file, and each file is read once: an origin from another file than this
    /// one's is new without a look-up, and most merges (copies of a note) are such.
    var fileFirstOrigins: [OriginKey] = []
    /// The file of each kept fact's shown wording, as `originKey` numbers it: its first origin
    /// once `fillOrigins` has put the origins in place.
    var shownFiles: [Int] = []
    /// Further origins of the note being read, by kept fact: a fact its note says again is
    /// told from the same place said twice here. Emptied for each note.
    var noteOrigins: Set<NoteOrigin> = []
    /// A number for each source file, so an origin is compared as numbers, not as a path.
    var fileNumbers: [SourcePath: Int] = [:]
    /// The last file numbered: a note's facts all come from its own file.
    var lastFile: (path: SourcePath, number: Int)?
    /// What each kept fact's ID is made from. While the notes are read a fact's ID is its
    /// index; `assignIDs` hashes these on all cores and puts the IDs in place.
    var idKeys: [IDKey] = []
    /// Every merge, in order, for `fillOrigins`: a kept fact's origins and wordings are only
    /// read once the notes are all read, and appending each fact's place and text in the loop
    /// cost the loop a fetch of each from memory.
    var merges: [WordingMerge] = []
    /// The position of the note being read, among the notes in the order they are added.
    private var noteNumber = -1

    var matcher: NearDuplicateMatcher

    /// `topicIndex` holds every topic of the notes to be added (see `TopicIndex.place`).
    init(matcher: NearDuplicateMatcher, topicIndex: TopicIndex, texts: DistinctFactTexts) {
        self.texts = texts
        self.matcher = matcher
        self.topicIndex = topicIndex
        // Made about their final size once: grown insert by insert, each table was copied into
        // a larger one a dozen times while the loop ran on one core. Most distinct texts end up
        // with a key of their own and a stance; a fact with numbers, and so a shape, is rarer.
        let distinct = texts.wordings.count
        indexByKey = PairTable(minimumCapacity: distinct + distinct / 8)
        firstByStance = PairTable(minimumCapacity: distinct)
        firstByShape = PairTable(minimumCapacity: distinct / 4)
    }

    /// Adds a note's facts; `texts` holds the distinct-text position of each of its facts, and
    /// `topics` the topic of each of its entries.
    mutating func add(_ note: ExtractedNote, texts positions: [Int], topics: [Int]) {
        noteOrigins.removeAll(keepingCapacity: true)
        noteNumber += 1
        // The index each fact went to, or -1 before it is added.
        var mergedIndex = [Int](repeating: -1, count: note.facts.count)
        // Facts are read in place: copying each one would retain every field.
        note.facts.withUnsafeBufferPointer { facts in
            for (entry, topic) in zip(note.entries, topics) {
                switch entry {
                case let .block(block):
                    topicIndex.append(.block(block), to: topic)
                case let .fact(index):
                    // The pointer is read without a bounds check of its own.
                    precondition(facts.indices.contains(index), "entry \(index) of \(note.source) names no fact")
                    let parent = facts[index].parentIndex.flatMap { mergedIndex.indices.contains($0) && mergedIndex[$0] >= 0 ? mergedIndex[$0] : nil }
                    mergedIndex[index] = add(facts.baseAddress! + index, at: index, text: positions[index], topic: topic, parent: parent)
                }
            }
        }
    }

    /// Adds one fact, fact `factIndex` of its note, whose text is distinct text `text`, under
    /// topic `topic`, merging it into an equal one when there is one; returns its index. The
    /// fact is read through a pointer into its note, so that only the fields used are copied.
    private mutating func add(_ fact: UnsafePointer<Fact>, at factIndex: Int, text: Int, topic: Int, parent: Int?) -> Int {
        let score = texts.scores[text]
        let key = switch texts.reach[text] {
        case .sameText: MergeKey(scope: .raw, wording: text)
        case .guide: MergeKey(scope: .global, wording: texts.wordings[text])
        case .topic: MergeKey(scope: .topic(topic), wording: texts.wordings[text])
        }
        let pair = key.pair
        if let existing = indexByKey.value(pair.scope, pair.wording) {
            merge(fact, at: factIndex, score: score, into: existing)
            return existing
        }
        var nearConflict: (index: Int, reason: String)?
        var suspect: (index: Int, similarity: Double)?
        switch matcher.match(text: text) {
        case let .duplicate(of: existing):
            merge(fact, at: factIndex, score: score, into: existing)
            indexByKey.set(pair.scope, pair.wording, to: existing)
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
        let origin = originKey(fact.pointee.location)
        fileFirstOrigins.append(origin)
        shownFiles.append(origin.file)
        indexByKey.set(pair.scope, pair.wording, to: index)
        topicIndex.append(.fact(facts[index].id), to: topic)
        matcher.add(text: text)
        findConflicts(for: index, text: text, scope: key.scope == .global ? -1 : topic)
        if let nearConflict { report(nearConflict.index, index, reason: nearConflict.reason) }
        // A source repeating itself in similar words is its own business; sources overlapping are not.
        if let suspect, shownFiles[suspect.index] != origin.file {
            let similarity = Int((suspect.similarity * 100).rounded())
            suspects.append(Conflict(facts: [facts[suspect.index].id, facts[index].id], reason: "\(similarity)% alike in wording; not merged"))
        }
        return index
    }

    /// `score` is the fact's wording score; the better-worded of the two is shown. The
    /// fact's origin and wording join the kept fact's in `fillOrigins`.
    private mutating func merge(_ fact: UnsafePointer<Fact>, at factIndex: Int, score: Int, into index: Int) {
        let origin = originKey(fact.pointee.location)
        guard isNewOrigin(origin, of: index) else { return }
        let first = score > scores[index]
        if first {
            scores[index] = score
            facts[index].text = fact.pointee.text
            facts[index].content = fact.pointee.content
            if facts[index].kind == .statement { facts[index].kind = fact.pointee.kind }
            shownFiles[index] = origin.file
        }
        merges.append(WordingMerge(kept: Int32(index), note: Int32(noteNumber), fact: Int32(factIndex), first: first))
    }

    /// Puts each merged fact's origin and wording in its kept fact's `origins` and `wordings`:
    /// one that became the one shown goes before all earlier ones, any other after them.
    /// `notes` are the notes as they were added. The kept facts are filled on all cores.
    mutating func fillOrigins(from notes: [ExtractedNote]) {
        let merges = merges
        self.merges = []
        // The merges grouped by kept fact, each group in the order the merges happened.
        var starts = [Int](repeating: 0, count: facts.count + 1)
        for merge in merges { starts[Int(merge.kept) + 1] += 1 }
        for index in facts.indices { starts[index + 1] += starts[index] }
        var next = starts
        var grouped = [Int](repeating: 0, count: merges.count)
        for (position, merge) in merges.enumerated() {
            grouped[next[Int(merge.kept)]] = position
            next[Int(merge.kept)] += 1
        }
        let filled = Parallel.map(Array(facts.indices), inChunksOf: 512) {
            [grouped, starts, facts] index -> (origins: [SourceLocation], wordings: [String])? in
            let group = grouped[starts[index]..<starts[index + 1]]
            guard !group.isEmpty else { return nil }
            var (frontOrigins, frontWordings): ([SourceLocation], [String]) = ([], [])
            var (backOrigins, backWordings) = (facts[index].origins, facts[index].wordings)
            backOrigins.reserveCapacity(backOrigins.count + group.count)
            backWordings.reserveCapacity(backWordings.count + group.count)
            for position in group {
                let merge = merges[position]
                // The two fields are read in place: a copy of the fact would retain every field.
                notes[Int(merge.note)].facts.withUnsafeBufferPointer { facts in
                    let fact = facts.baseAddress! + Int(merge.fact)
                    if merge.first {
                        frontOrigins.append(fact.pointee.location)
                        frontWordings.append(fact.pointee.text)
                    } else {
                        backOrigins.append(fact.pointee.location)
                        backWordings.append(fact.pointee.text)
                    }
                }
            }
            guard !frontOrigins.isEmpty else { return (backOrigins, backWordings) }
            return (frontOrigins.reversed() + backOrigins, frontWordings.reversed() + backWordings)
        }
        for (index, filled) in filled.enumerated() {
            if let filled { (facts[index].origins, facts[index].wordings) = filled }
        }
    }

    /// Whether kept fact `index` lacks the origin `key`, which comes from the note being read.
    private mutating func isNewOrigin(_ key: OriginKey, of index: Int) -> Bool {
        let first = fileFirstOrigins[index]
        if first.file != key.file {
            fileFirstOrigins[index] = key
            return true
        }
        if first == key { return false }
        return noteOrigins.insert(NoteOrigin(fact: index, line: key.line, column: key.column)).inserted
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
            if let first = firstByShape.value(scope, texts.shapes[text]) {
                let other = texts.signatures[keptTexts[first]].folded.numbers
                report(first, index, reason: "numbers differ: \(other.joined(separator: ", ")) vs \(folded.numbers.joined(separator: ", "))")
            } else {
                firstByShape.set(scope, texts.shapes[text], to: index)
            }
        }
        if let first = firstByStance.value(scope, texts.stances[text]) {
            let otherNegations = texts.signatures[keptTexts[first]].folded.negations
            if otherNegations % 2 != folded.negations % 2 {
                let (negated, plain) = folded.negations % 2 == 1 ? (index, first) : (first, index)
                report(plain, negated, reason: "polarity differs: one fact negates the other (\"\(facts[negated].text)\")")
            }
        } else {
            firstByStance.set(scope, texts.stances[text], to: index)
        }
    }

    private mutating func report(_ a: Int, _ b: Int, reason: String) {
        let (low, high) = (min(a, b), max(a, b))
        guard conflictPairs.insert(low, high, value: 0) else { return }
        conflicts.append(Conflict(facts: [facts[low].id, facts[high].id], reason: reason))
    }

    /// What a kept fact's ID is made from, with its topic's slug: its merge key as text.
    struct IDKey {
        var key: MergeKey
        /// The fact's own text, for a key of text with no words.
        var rawText: String?
    }

    /// A kept fact's ID while the notes are read: its index, which `assignIDs` replaces.
    private static func provisionalID(_ index: Int) -> FactID { FactID(String(index)) }
}

/// A fact said again, merged into kept fact `kept`: fact `fact` of note `note` (by position
/// among the notes added), and whether its wording became the one shown.
struct WordingMerge {
    var kept: Int32
    var note: Int32
    var fact: Int32
    var first: Bool
}

/// A fact's origin with its file as a number (see `DedupState.originKey`).
struct OriginKey: Hashable {
    var file: Int
    var line: Int
    /// -1 where the column is not known.
    var column: Int
}

/// An origin in the note being read, of kept fact `fact`.
struct NoteOrigin: Hashable {
    var fact: Int
    var line: Int
    var column: Int
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

    /// The key as two numbers, for a `PairTable`: the scope (-2 for raw text, -1 for the whole
    /// guide, or a topic's index) and the wording.
    var pair: (scope: Int, wording: Int) {
        switch scope {
        case .raw: (-2, wording)
        case .global: (-1, wording)
        case let .topic(index): (index, wording)
        }
    }

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
