import Foundation

@testable import Distill

/// Generated guides for the sheet tests: enough facts of every kind that a budget bites.
enum SheetSamples {
    /// Three root topics, each with two subtopics; facts vary in length, sources and kind.
    static func guide(factsPerTopic: Int = 24) -> Guide {
        let files = ["a.md", "b.txt", "c.txt", "d.md"]
        var facts: [MergedFact] = []
        var topics: [Topic] = []
        let roots = ["Compute", "Storage", "Networking"]
        for (r, root) in roots.enumerated() {
            let rootSlug = root.lowercased()
            var children: [TopicSlug] = []
            for sub in 0..<2 {
                let slug = "\(rootSlug)/part-\(sub + 1)"
                children.append(TopicSlug(slug))
                var ids: [FactID] = []
                for n in 0..<factsPerTopic {
                    let id = "p\(r)\(sub)\(String(format: "%02d", n))"
                    let sources = (0...(n % 4)).map { RenderingFixtures.at(files[$0], 10 + n) }
                    let filler = String(repeating: "with a few more words of explanation ", count: n % 3)
                    let markdown: String
                    var kind = Fact.Kind.statement
                    switch n % 5 {
                    case 0:
                        markdown = "Term\(r)\(sub)\(n): a definition of the term \(filler)(an aside to drop)"
                        kind = .definition(term: "Term\(r)\(sub)\(n)", definition: "a definition")
                    case 1: markdown = "The limit for item \(r)-\(sub)-\(n) is \(n * 7) requests per second \(filler)"
                    case 2: markdown = "A plain statement about \(root) number word \(filler)that goes on"
                    default: markdown = "Another remark on \(root) part \(sub + 1) \(filler)(see the notes)"
                    }
                    facts.append(RenderingFixtures.fact(id, slug, markdown, kind: kind, origins: sources))
                    ids.append(FactID(id))
                }
                topics.append(Topic(
                    slug: TopicSlug(slug), title: "\(root) part \(sub + 1)", parent: TopicSlug(rootSlug),
                    entries: ids.map { .fact($0) }, origins: [RenderingFixtures.at("a.md", 1)]))
            }
            topics.insert(
                Topic(
                    slug: TopicSlug(rootSlug), title: root, children: children, entries: [],
                    origins: [RenderingFixtures.at("a.md", 1)]),
                at: topics.count - 2)
        }
        let conflicts = [Conflict(facts: [FactID("p0001"), FactID("p0006")], reason: "numbers differ: 7 vs 42")]
        let graph = FactGraph(topics: topics, facts: facts, conflicts: conflicts)
        return Guide(graph: graph, config: GuideConfig(title: "Sample Guide", author: "Tester"))
    }

    /// Lowercase letters and digits only, so text compares across line breaks and markup.
    static func folded(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    /// Every fact a sheet's HTML shows, by anchor, as the folded text a reader sees.
    static func shownFacts(in html: String) -> [String: String] {
        var shown: [String: String] = [:]
        let pattern = try! NSRegularExpression(pattern: #"<li class="fact[^"]*" id="(f-[^"]+)">(.*?)<sup"#)
        for match in pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            guard let id = Range(match.range(at: 1), in: html), let body = Range(match.range(at: 2), in: html) else { continue }
            shown[String(html[id])] = folded(HTMLText.plain(String(html[body])))
        }
        return shown
    }
}
