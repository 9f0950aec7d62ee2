import Testing

@testable import Distill

@Suite struct AcronymGlossaryTests {
    @Test func learnsAcronymsWrittenAfterOrBeforeTheirWords() {
        let glossary = AcronymGlossary(learningFrom: [
            "The Central Processing Unit (CPU) runs code",
            "SNI – Server Name Indication picks the certificate",
            "Run by the Department of Motor Vehicles (DMV)",
        ])
        #expect(glossary["cpu"] == ["central", "processing", "unit"])
        #expect(glossary["sni"] == ["server", "name", "indication"])
        #expect(glossary["dmv"] == ["department", "of", "motor", "vehicles"])
    }

    @Test func lowerCaseWordsAndAmbiguousAcronymsAreNotLearned() {
        let glossary = AcronymGlossary(learningFrom: [
            "an application server as a service",
            "Sent ONE at a time",
            "IP: IPv4 per host",
            "CD – Compact Disc holds music",
            "A Certificate of Deposit (CD) pays interest",
        ])
        #expect(glossary.expansions.isEmpty)
    }

    @Test func spelledOutNamesMeetTheirAcronym() {
        let glossary = AcronymGlossary(learningFrom: ["The Central Processing Unit (CPU) runs code"])
        let short = FactSignature("The CPU fetches each instruction", acronyms: glossary)
        let long = FactSignature("The central processing unit fetches each instruction", acronyms: glossary)
        #expect(short.tokens == long.tokens)
        #expect(short.writtenNames.contains("processing"))
    }
}

