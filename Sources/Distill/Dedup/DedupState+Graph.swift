/// The end of dedupe, once every note is read: the kept facts' IDs, and the graph.
extension DedupState {
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

    /// The graph of the kept facts. The facts are moved into it, not copied (a copy retains
    /// every field of every fact, on the one thread between the merge loop and rendering), so
    /// the state holds none afterwards.
    mutating func takeGraph(sources: [SourceSummary]) -> FactGraph {
        let order = topicIndex.orderedIndices()
        // Facts in the order their topics are read, in the order they were kept within a topic.
        var rank = [Int](repeating: 0, count: topicIndex.topics.count)
        for (position, index) in order.enumerated() { rank[index] = position }
        var byRank = [[Int]](repeating: [], count: max(order.count, 1))
        for (fact, topic) in factTopic.enumerated() { byRank[rank[topic]].append(fact) }
        var kept = facts
        facts = []
        let placeholder = MergedFact(id: FactID(""), topic: TopicSlug(""), kind: .statement, content: [], text: "", origins: [])
        let ordered = kept.withUnsafeMutableBufferPointer { kept in
            [MergedFact](unsafeUninitializedCapacity: kept.count) { buffer, count in
                // Each fact is listed once in `byRank`: moved out, its place is refilled with an
                // empty fact, so the emptied list still holds a fact in every place.
                for group in byRank {
                    for index in group {
                        (buffer.baseAddress! + count).initialize(to: (kept.baseAddress! + index).move())
                        (kept.baseAddress! + index).initialize(to: placeholder)
                        count += 1
                    }
                }
            }
        }
        return FactGraph(
            sources: sources, topics: order.map { topicIndex.topics[$0] }, facts: ordered,
            conflicts: conflicts, suspectedDuplicates: suspects)
    }
}
