import Foundation
import Testing

@testable import Distill

@Suite struct AnkiGUIDAssignerTests {
    static func card(_ kind: AnkiCard.Kind = .cloze, topic: String = "s3", identity: String, wording: String) -> AnkiCard {
        AnkiCard(
            kind: kind, notetype: "Basic", topic: TopicSlug(topic), topicPath: [topic], front: wording, back: "",
            tags: [], identity: identity, wording: wording, seed: StableHash.hex(identity)
        )
    }

    @Test func withoutPreviousMapGUIDsComeFromTheCardsAlone() {
        let cards = [Self.card(identity: "fact:a", wording: "max object size is 5 tb"), Self.card(.definition, identity: "term:glacier", wording: "glacier archive")]
        let first = AnkiGUIDAssigner(previous: AnkiGUIDMap()).assign(cards)
        let again = AnkiGUIDAssigner(previous: AnkiGUIDMap()).assign(cards)
        #expect(first.guids == again.guids)
        #expect(first.guids[0] == "distill-" + StableHash.hex("fact:a"))
        #expect(first.guids[1].hasPrefix("distill-d"))
        #expect(Set(first.guids).count == 2)
    }

    @Test func anEditedCardKeepsItsGUID() {
        let before = [Self.card(identity: "fact:a", wording: "max object size is 5 tb"), Self.card(identity: "fact:b", wording: "22 ssh")]
        let (old, map) = AnkiGUIDAssigner(previous: AnkiGUIDMap()).assign(before)
        let after = [Self.card(identity: "fact:c", wording: "the maximum object size is 5 tb"), Self.card(identity: "fact:d", wording: "21 ftp")]
        let (new, _) = AnkiGUIDAssigner(previous: map).assign(after)
        #expect(new[0] == old[0], "similar wording in the same topic keeps the GUID")
        #expect(new[1] != old[1], "a different fact gets its own GUID")
    }

    @Test func aDefinitionKeepsItsGUIDWhateverItsText() {
        let before = [Self.card(.definition, identity: "term:glacier", wording: "glacier archive")]
        let after = [Self.card(.definition, identity: "term:glacier", wording: "glacier cold storage retrieved in hours")]
        #expect(AnkiGUIDAssigner(previous: AnkiGUIDMap()).assign(before).guids == AnkiGUIDAssigner(previous: AnkiGUIDMap()).assign(after).guids)
    }

    @Test func aMovedCardKeepsItsGUIDWhenItsWordingIsUnchanged() {
        let before = [Self.card(topic: "s3", identity: "fact:a", wording: "max object size is 5 tb")]
        let (old, map) = AnkiGUIDAssigner(previous: AnkiGUIDMap()).assign(before)
        let after = [Self.card(topic: "storage/s3", identity: "fact:z", wording: "max object size is 5 tb")]
        #expect(AnkiGUIDAssigner(previous: map).assign(after).guids == old)
    }

    @Test func eachPreviousGUIDIsGivenOnceAndNoGUIDTwice() {
        let before = [Self.card(identity: "fact:a", wording: "max object size is 5 tb")]
        let (old, map) = AnkiGUIDAssigner(previous: AnkiGUIDMap()).assign(before)
        // Two edits of the one card: the closer one keeps the GUID.
        let after = [
            Self.card(identity: "fact:x", wording: "the maximum object size is 5 tb in s3"),
            Self.card(identity: "fact:y", wording: "max object size is 5 tb now"),
            Self.card(identity: "fact:a2", wording: "unrelated"),
        ]
        let new = AnkiGUIDAssigner(previous: map).assign(after).guids
        #expect(new[1] == old[0])
        #expect(Set(new).count == 3)
    }

    @Test func theMapRoundTripsAsSortedJSON() throws {
        let cards = [Self.card(identity: "fact:b", wording: "b 2"), Self.card(identity: "fact:a", wording: "a 1")]
        let map = AnkiGUIDAssigner(previous: AnkiGUIDMap()).assign(cards).map
        let file = map.file
        #expect(file.path == ".distill/anki-guids.json")
        var decoded = try JSONDecoder().decode(AnkiGUIDMap.self, from: file.contents)
        decoded.entries.sort { $0.identity > $1.identity }
        #expect(decoded == map)
    }
}
