/// The Anki deck's cards as the site studies them: the quiz marks what each card asks in the
/// topic pages, and the flashcard pages run through the cards themselves. Both come from
/// `AnkiCardMaker`, so the site asks exactly what the deck asks.
struct StudyCards {
    /// How the quiz hides a fact: its whole answer (definitions, questions) or its number,
    /// where its cloze card hid it (the card's `clozeParts`).
    enum Mark {
        case answer
        case number(parts: [String])
    }

    /// One card, ready for a flashcard page: HTML from `AnkiCardContext`, with the cloze
    /// number shown as a gap on the front and marked on the back.
    struct Card {
        var id: String
        var kind: String
        var front: String
        var back: String
    }

    private(set) var marks: [String: Mark] = [:]
    /// Cards per root topic page file, in deck order.
    private(set) var cardsByPage: [String: [Card]] = [:]

    /// The quiz's mark around what a card asks; `quiz.js` hides it while the quiz is on.
    static let open = "<span class=\"qz\">"
    static let close = "</span>"

    init(_ guide: Guide, model: GuideViewModel) {
        var pageOfTopic: [String: String] = [:]
        func walk(_ node: TopicNode, file: String) {
            pageOfTopic[node.slug] = file
            for child in node.children { walk(child, file: file) }
        }
        for root in model.tree { walk(root, file: root.href) }
        var seenIDs = Set<String>(minimumCapacity: guide.cards.count)
        marks.reserveCapacity(guide.cards.count)
        for card in guide.cards {
            for fact in card.facts { marks[fact.rawValue] = card.kind == .cloze ? .number(parts: card.clozeParts) : .answer }
            guard let page = pageOfTopic[card.topic.rawValue] else { continue }
            var id = String(card.kind.rawValue.prefix(1)) + card.seed
            while !seenIDs.insert(id).inserted { id += "x" }
            cardsByPage[page, default: []].append(Card(
                id: id, kind: card.kind.rawValue, front: Self.gap(card.front, showing: false),
                back: card.kind == .cloze ? Self.gap(card.front, showing: true) + "<hr>" + card.back : card.back))
        }
    }

    /// A cloze front with each `{{c1::…}}` as a blank, or with the hidden text marked.
    static func gap(_ html: String, showing: Bool) -> String {
        guard var open = html.literalRange(of: "{{c1::") else { return html }
        var out = String(html[..<open.lowerBound])
        var rest = html[open.upperBound...]
        while true {
            // The text up to the next opening is this part; it holds the hidden text and `}}`.
            let next = rest.literalRange(of: "{{c1::")
            let part = rest[..<(next?.lowerBound ?? rest.endIndex)]
            if let end = part.literalRange(of: "}}") {
                let hidden = part[..<end.lowerBound]
                out += showing ? "<mark>" + hidden + "</mark>" : "<span class=\"gap\">[…]</span>"
                out += part[end.upperBound...]
            } else {
                out += part
            }
            guard let next else { return out }
            open = next
            rest = rest[open.upperBound...]
        }
    }

    /// The page with what each card asks wrapped in the quiz mark.
    func marked(_ page: TopicPage) -> TopicPage {
        var copy = page
        copy.section = marked(page.section)
        return copy
    }

    private func marked(_ section: SectionView) -> SectionView {
        var copy = section
        copy.entries = section.entries.map { entry in
            var entry = entry
            entry.facts = entry.facts.map(marked)
            return entry
        }
        copy.subsections = section.subsections.map(marked)
        return copy
    }

    private func marked(_ fact: FactView) -> FactView {
        var copy = fact
        switch marks[fact.id] {
        case .answer?:
            if !fact.html.isEmpty { copy.html = Self.open + fact.html + Self.close }
        case let .number(parts)?:
            // The card's cloze was found in the fact's HTML, which is the HTML shown here.
            if !parts.isEmpty { copy.html = ClozeMaker.joined(parts, open: Self.open, close: Self.close) }
        case nil:
            break
        }
        copy.children = fact.children.map(marked)
        return copy
    }

    /// `site/cards/<page>.js`: the page's cards for the flashcard pages, as
    /// `distillCards.add(page, title, [[id, kind, front, back], …])`.
    func script(page: String, title: String) -> String {
        let cards = cardsByPage[page] ?? []
        var out: [UInt8] = []
        out.reserveCapacity(1 << 12)
        out += "distillCards.add(".utf8
        JavaScriptString.append(page, to: &out)
        out += ", ".utf8
        JavaScriptString.append(title, to: &out)
        out += ", [\n".utf8
        for (index, card) in cards.enumerated() {
            if index > 0 { out += ",\n".utf8 }
            JavaScriptString.appendArray([card.id, card.kind, card.front, card.back], to: &out)
        }
        out += "]);\n".utf8
        return String(decoding: out, as: UTF8.self)
    }
}
