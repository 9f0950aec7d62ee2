import Testing

@testable import Distill

/// IDs, card seeds and GUIDs are the start of the text's SHA-256 in hex: the same on every
/// machine and run, and the same as earlier builds gave, so re-imported notes keep theirs.
@Suite struct StableHashTests {
    @Test func hexIsTheStartOfTheSHA256OfTheUTF8() {
        #expect(StableHash.hex("abc") == "ba7816bf8f01")
        #expect(StableHash.hex("abc", length: 11) == "ba7816bf8f0")
        #expect(StableHash.hex("café › S3", length: 16) == "51b74a43f4a620d2")
        #expect(StableHash.hex("") == "e3b0c44298fc")
    }
}
