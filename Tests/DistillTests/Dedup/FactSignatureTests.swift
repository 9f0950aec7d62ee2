import Testing

@testable import Distill

@Suite struct FactSignatureTests {
    @Test func quantitiesFoldToBaseUnits() {
        #expect(FactSignature("Timeout is 15 minutes").numbers == FactSignature("Timeout is 900 seconds").numbers)
        #expect(FactSignature("Max file 5 TB").numbers == FactSignature("Max file 5000GB").numbers)
    }

    @Test func anAcronymOfTheWordsBeforeAddsNothing() {
        #expect(FactSignature("Central Processing Unit (CPU) runs code").tokens == FactSignature("central processing unit runs code").tokens)
    }

    @Test func wordsTheCorpusWritesAsOneAreJoined() {
        let vocabulary = FactSignature.compoundVocabulary(["Photosynthesis happens in leaves"])
        let joined = FactSignature("Photo synthesis happens in leaves", vocabulary: vocabulary).tokens
        #expect(joined == FactSignature("Photosynthesis happens in leaves").tokens)
        #expect(FactSignature("Photo synthesis happens in leaves").tokens.contains("photo"))
    }

    @Test func negationAndNamesAreRecorded() {
        #expect(FactSignature("Objects are not public").negated)
        #expect(!FactSignature("Objects are public").negated)
        #expect(FactSignature("Backups go to Glacier after a year").writtenNames.contains("glacier"))
    }

    /// Names are read on bytes for ASCII text and word by word for other text, ASCII words on
    /// their bytes: a trailing arrow, which names nothing, must leave the names as they were.
    @Test(arguments: [
        "Backups go to Glacier after a year", "Use SQS. Then SNS fans out", "EC2 and DynamoDB: both scale",
        "- Kinesis (streams) - Firehose", "The 3 AZs of us-east-1", "A: B; c", "x", "Route53 ... S3!",
        "CloudFront\r\nOrigin Shield", "( Lambda ) runs code",
    ])
    func namesAgreeWhateverTheTextsOtherCharacters(_ text: String) {
        let ascii = FactSignature(text).writtenNames
        #expect(FactSignature(text + " →").writtenNames == ascii)
        #expect(FactSignature("→ " + text).writtenNames == FactSignature("- " + text).writtenNames)
    }
}

@Suite struct CompoundVocabularyTests {
    @Test func aPairIsAWordOfTheVocabularyExactlyWhenItsJoinedTextIs() {
        let words: Set<String> = ["geoproximity", "multipart", "photosynthesis", "abcdefg", "x" + String(repeating: "y", count: 80)]
        let vocabulary = CompoundVocabulary(words)
        let pieces = ["geo", "proximity", "multi", "part", "photo", "synthesis", "abc", "defg", "abcd", "efg", "x", String(repeating: "y", count: 80),
                      String(repeating: "y", count: 79), "", "geop", "roximity", "é", "part2", "multipart"]
        for first in pieces {
            for second in pieces {
                #expect(vocabulary.contains(joining: first, second) == words.contains(first + second), "\(first)|\(second)")
            }
        }
        #expect(!CompoundVocabulary().contains(joining: "multi", "part"))
    }

    /// Every cut of every word of a large vocabulary is found, and pairs that spell no word,
    /// many of them sharing a word's bytes around the join, its first and last byte or its
    /// length, are not.
    @Test func everyCutOfALargeVocabularyIsFoundAndNothingElse() {
        var generator = SplitMix64(state: 23)
        let letters = Array("abcdeé")
        var words = Set<String>()
        while words.count < 3000 {
            words.insert(String((0..<Int.random(in: 7...14, using: &generator)).map { _ in letters.randomElement(using: &generator)! }))
        }
        let vocabulary = CompoundVocabulary(words)
        for word in words {
            let characters = Array(word)
            for cut in 1..<characters.count {
                #expect(vocabulary.contains(joining: String(characters[..<cut]), String(characters[cut...])), "\(word) at \(cut)")
            }
        }
        let sample = Array(words).sorted()
        for _ in 0..<20000 {
            let first = String(sample.randomElement(using: &generator)!.prefix(Int.random(in: 1...7, using: &generator)))
            let second = String(sample.randomElement(using: &generator)!.suffix(Int.random(in: 1...7, using: &generator)))
            #expect(vocabulary.contains(joining: first, second) == words.contains(first + second), "\(first)|\(second)")
        }
    }
}
