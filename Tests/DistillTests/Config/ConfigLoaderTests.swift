import Testing

@testable import Distill

@Suite struct ConfigLoaderTests {
    @Test func readsEveryKey() {
        let (config, diagnostics) = ConfigLoader.parse("title: Biology\ndescription: Cells and more\nauthor: Sam\ndeck: Bio 101\n")
        #expect(diagnostics.isEmpty)
        #expect(config.title == "Biology")
        #expect(config.description == "Cells and more")
        #expect(config.author == "Sam")
        #expect(config.deckName == "Bio 101")
    }

    /// Values YAML would read as numbers, dates or booleans are the text the user wrote.
    @Test func valuesThatLookTypedAreTheirText() {
        let (config, diagnostics) = ConfigLoader.parse("title: 1984\ndescription: 2024-01-31\nauthor: yes\ndeck: 0x1F\n")
        #expect(diagnostics.isEmpty)
        #expect(config.title == "1984")
        #expect(config.description == "2024-01-31")
        #expect(config.author == "yes")
        #expect(config.deckName == "0x1F")
    }

    @Test func deckDefaultsToTitle() {
        #expect(ConfigLoader.parse("title: History\n").0.deckName == "History")
    }

    @Test func unknownKeyIsALocatedError() {
        let (config, diagnostics) = ConfigLoader.parse("title: Chem\ncolour: blue\n")
        #expect(config.title == "Chem")
        let error = diagnostics.first
        #expect(error?.severity == .error)
        #expect(error?.location?.line == 2)
        #expect(error?.description.contains("distill.yml:2") == true)
        #expect(error?.description.contains("unknown key 'colour'") == true)
    }

    @Test func badValueIsALocatedError() {
        let (_, diagnostics) = ConfigLoader.parse("title:\n  - a\n  - b\n")
        #expect(diagnostics.first?.location?.line == 2)
        #expect(diagnostics.first?.description.contains("'title' must be a single text value") == true)
    }

    @Test func brokenYAMLIsALocatedError() {
        let (_, diagnostics) = ConfigLoader.parse("title: \"unclosed\n")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.description.contains("not valid YAML") == true)
    }
}

@Suite struct ConfigTopicRulesTests {
    @Test func aliasesAndSeparateAreRead() {
        let (config, diagnostics) = ConfigLoader.parse("""
            aliases:
              Cell Membrane: [Plasma Membrane, Cytoplasmic Membrane]
              Nucleus: Cell Nucleus
            separate:
              - [Mitosis, Meiosis]
              - [DNA, RNA, mRNA]
            """)
        #expect(diagnostics.isEmpty)
        #expect(config.topics.aliases == [
            .init(name: "Cell Membrane", otherNames: ["Plasma Membrane", "Cytoplasmic Membrane"]),
            .init(name: "Nucleus", otherNames: ["Cell Nucleus"]),
        ])
        #expect(config.topics.separate == [["Mitosis", "Meiosis"], ["DNA", "RNA", "mRNA"]])
    }

    @Test func aSingleSeparateListIsOneGroup() {
        let (config, diagnostics) = ConfigLoader.parse("separate: [Mitosis, Meiosis]\n")
        #expect(diagnostics.isEmpty)
        #expect(config.topics.separate == [["Mitosis", "Meiosis"]])
    }

    @Test func badShapesAreLocatedErrors() {
        let (_, diagnostics) = ConfigLoader.parse("title: Bio\naliases: [a, b]\nseparate:\n  - [Solo]\n")
        #expect(diagnostics.count == 2)
        #expect(diagnostics.map(\.location?.line) == [2, 4])
        #expect(diagnostics.allSatisfy { $0.severity == .error })
    }
}
