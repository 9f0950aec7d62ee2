/// Gives every card a GUID that survives rebuilds, edits and new sources, so that
/// re-importing a deck updates notes in place instead of adding duplicates.
///
/// In order, a card takes the GUID of the previous build's card that
/// 1. has the same identity in the same topic (same definition term, or same fact id);
/// 2. has the same folded wording, in any topic (its heading was renamed or moved);
/// 3. is the most similar unmatched card of the same kind in the same topic, when at least
///    `threshold` of their words are shared (Jaccard; the wording was edited).
/// Any other card gets a fresh GUID made from its topic and identity. Ties break by
/// card order and GUID, so the same cards and the same previous map give the same GUIDs.
struct AnkiGUIDAssigner {
    static let threshold = 0.5

    var previous: AnkiGUIDMap

    /// One GUID per card, in card order, and the map to keep for the next build.
    func assign(_ cards: [AnkiCard]) -> (guids: [String], map: AnkiGUIDMap) {
        var guids = [String?](repeating: nil, count: cards.count)
        var taken = Set<String>()
        // With no previous cards (a first build), every card gets a fresh GUID.
        if !previous.entries.isEmpty { matchPrevious(cards, into: &guids, taken: &taken) }
        // Fresh GUIDs, never one already given.
        let fresh = cards.indices.map { index -> String in
            guard guids[index] == nil else { return "" }
            return Self.freshGUID(cards[index])
        }
        var result: [String] = []
        for index in cards.indices {
            if let guid = guids[index] {
                result.append(guid)
                continue
            }
            var guid = fresh[index]
            var attempt = 2
            while taken.contains(guid) {
                guid = fresh[index] + "-\(attempt)"
                attempt += 1
            }
            taken.insert(guid)
            result.append(guid)
        }
        let kept = cards.indices.map { index in
            AnkiGUIDMap.Entry(
                guid: result[index], kind: cards[index].kind.rawValue, topic: cards[index].topic.rawValue,
                identity: cards[index].identity, wording: cards[index].wording
            )
        }
        return (result, AnkiGUIDMap(entries: kept))
    }

    /// Steps 1 to 3: gives cards the GUIDs of matching previous cards, and adds each GUID
    /// given to `taken`.
    private func matchPrevious(_ cards: [AnkiCard], into guids: inout [String?], taken: inout Set<String>) {
        let entries = previous.entries.filter { taken.insert($0.guid).inserted }
        taken = []
        var used = [Bool](repeating: false, count: entries.count)
        // Look-ups by key, so matching stays linear in the number of cards. The keys hold their
        // parts as they are: joined into one text, each key was a copy of its parts.
        var byIdentity: [MatchKey: Int] = [:]
        var byWording: [MatchKey: [Int]] = [:]
        var byTopic: [MatchKey: [Int]] = [:]
        byIdentity.reserveCapacity(entries.count)
        for index in entries.indices {
            let kind = entries[index].kind
            let identity = MatchKey(kind, entries[index].topic, entries[index].identity)
            if byIdentity[identity] == nil { byIdentity[identity] = index }
            byWording[MatchKey(kind, entries[index].wording), default: []].append(index)
            byTopic[MatchKey(kind, entries[index].topic), default: []].append(index)
        }

        func take(_ card: Int, _ entry: Int) {
            guids[card] = entries[entry].guid
            taken.insert(entries[entry].guid)
            used[entry] = true
        }

        // 1. Same identity in the same topic.
        for index in cards.indices {
            let key = MatchKey(cards[index].kind.rawValue, cards[index].topic.rawValue, cards[index].identity)
            if let entry = byIdentity[key], !used[entry] { take(index, entry) }
        }
        // 2. Same wording anywhere, when exactly one previous card had it.
        for index in cards.indices where guids[index] == nil {
            let matches = (byWording[MatchKey(cards[index].kind.rawValue, cards[index].wording)] ?? []).filter { !used[$0] }
            if matches.count == 1 { take(index, matches[0]) }
        }
        // 3. The most similar card of the same kind in the same topic.
        var pairs: [(score: Double, card: Int, guid: String)] = []
        for index in cards.indices where guids[index] == nil {
            let candidates = byTopic[MatchKey(cards[index].kind.rawValue, cards[index].topic.rawValue)] ?? []
            guard candidates.contains(where: { !used[$0] }) else { continue }
            let words = Set(cards[index].wording.split(separator: " "))
            for entry in candidates where !used[entry] {
                let score = Self.similarity(words, Set(entries[entry].wording.split(separator: " ")))
                if score >= Self.threshold { pairs.append((score, index, entries[entry].guid)) }
            }
        }
        pairs.sort { ($0.score, $1.card, $1.guid) > ($1.score, $0.card, $0.guid) }
        for pair in pairs where guids[pair.card] == nil && !taken.contains(pair.guid) {
            guids[pair.card] = pair.guid
            taken.insert(pair.guid)
        }
    }

    /// A card's kind with one or two of its texts, for the look-ups of `matchPrevious`.
    private struct MatchKey: Hashable {
        let kind: String
        let first: String
        let second: String

        init(_ kind: String, _ first: String, _ second: String = "") {
            self.kind = kind
            self.first = first
            self.second = second
        }
    }

    /// Shared words over all words: 1 for the same words, 0 for none in common.
    static func similarity(_ a: Set<Substring>, _ b: Set<Substring>) -> Double {
        let union = a.union(b).count
        return union == 0 ? 0 : Double(a.intersection(b).count) / Double(union)
    }

    /// The GUID a card gets when no previous card matches it. Statements and questions
    /// keep the `distill-<fact id>` GUIDs of earlier versions; definitions hash their topic
    /// and term, so editing a definition's text never changes its GUID.
    static func freshGUID(_ card: AnkiCard) -> String {
        switch card.kind {
        case .definition: "distill-d" + StableHash.hex(card.topic.rawValue + "\u{1F}" + card.identity, length: 11)
        case .question, .cloze: "distill-" + card.seed
        }
    }
}
