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

    /// Text beyond ASCII is screened on its scalars before it is read word by word: the screen
    /// must let through every character Swift calls a capital, or an acronym would be missed.
    @Test func theCapitalScreenLetsEveryCapitalThrough() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), Character(scalar).isUppercase else { continue }
            #expect(AcronymGlossary.mayMakeCapital(scalar), "U+\(String(value, radix: 16))")
        }
        for cluster in ["A\u{301}", "E\u{308}", "\u{1F1E9}\u{1F1EA}", "Σ\u{345}", "ª\u{301}"] where cluster.first?.isUppercase == true {
            #expect(cluster.unicodeScalars.contains(where: AcronymGlossary.mayMakeCapital), "\(cluster.debugDescription)")
        }
    }

    @Test func learnsFromTextBeyondASCII() {
        let glossary = AcronymGlossary(learningFrom: [
            "Le Système International (SI) → unités",
            "ÉAU – État Autonome Uni, für Tests",
        ])
        #expect(glossary["si"] == ["systeme", "international"])
        #expect(glossary["eau"] == ["etat", "autonome", "uni"])
    }

    @Test func spelledOutNamesMeetTheirAcronym() {
        let glossary = AcronymGlossary(learningFrom: ["The Central Processing Unit (CPU) runs code"])
        let short = FactSignature("The CPU fetches each instruction", acronyms: glossary)
        let long = FactSignature("The central processing unit fetches each instruction", acronyms: glossary)
        #expect(short.tokens == long.tokens)
        #expect(short.writtenNames.contains("processing"))
    }
}

