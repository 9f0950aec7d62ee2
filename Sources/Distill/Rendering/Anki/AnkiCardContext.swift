import DistillMarkdown

/// Builds the card of one fact (or one term's definitions): the topic shown as context,
/// where it comes from on the back, and a warning on both sides when sources disagree.
struct AnkiCardContext {
    var fact: MergedFact
    var trail: AnkiTopicTrail
    /// The facts this one disagrees with, and why.
    var conflicts: [(other: MergedFact, reason: String)]
    /// `source::<file>` tags by file, made once per build; a file missing here gets its tag
    /// made on the spot.
    var sourceTags: [SourcePath: String] = [:]

    enum ClozeFailure: Error {
        case noNumber, answerOnFront
    }

    var topicLine: String {
        trail.line
    }

    /// Front: the term under its topic; back: every definition given for it.
    func definition(_ group: [MergedFact], reversed: Bool) -> AnkiCard? {
        guard case let .definition(term, _) = fact.kind else { return nil }
        let texts = group.compactMap { fact -> String? in
            guard case let .definition(_, text) = fact.kind else { return nil }
            return text
        }
        let termWords = FoldedText(term).words
        let answers = texts.filter { !Self.contains(termWords, FoldedText($0).words) }
        guard !termWords.isEmpty, !answers.isEmpty else { return nil }
        let files = group.flatMap(\.sourceFiles)
        let answer = answers.count == 1
            ? answers[0].htmlEscaped
            : "<ul>" + answers.map { "<li>\($0.htmlEscaped)</li>" }.joined() + "</ul>"
        // A reversed card shows the definition and asks for the term: not when the
        // definition names the term.
        let canReverse = reversed && answers.allSatisfy { !Self.contains(FoldedText($0).words, termWords) }
        return AnkiCard(
            kind: .definition, notetype: canReverse ? "Basic (and reversed card)" : "Basic", topic: fact.topic,
            topicPath: trail.titles,
            front: warning + term.htmlEscaped + "<br><small>\(topicLine)</small>",
            back: answer + footer(group, files: files),
            tags: tags(files: files, kind: .definition),
            identity: "term:" + termWords.joined(separator: " "),
            wording: FoldedText.key(of: ([term] + answers).joined(separator: " ")),
            seed: fact.id.rawValue, facts: group.map(\.id)
        )
    }

    func question(_ question: String, _ answer: String) -> AnkiCard? {
        let questionWords = FoldedText(question).words
        let answerWords = FoldedText(answer).words
        guard !questionWords.isEmpty, !answerWords.isEmpty, !Self.contains(questionWords, answerWords) else { return nil }
        let files = fact.sourceFiles
        return AnkiCard(
            kind: .question, notetype: "Basic", topic: fact.topic, topicPath: trail.titles,
            front: warning + question.htmlEscaped + "<br><small>\(topicLine)</small>",
            back: answer.htmlEscaped + footer([fact], files: files),
            tags: tags(files: files, kind: .question),
            identity: "fact:" + fact.id.rawValue, wording: FoldedText.key(of: question + " " + answer), seed: fact.id.rawValue,
            facts: [fact.id]
        )
    }

    /// The fact with its number hidden, under its topic.
    func cloze() -> Result<AnkiCard, ClozeFailure> {
        // Most facts write no digit, and need no HTML to be told they have no number to hide.
        guard Self.writesDigit(fact.content), let cloze = ClozeMaker.cloze(html: InlineHTML.render(fact.content)) else {
            return .failure(.noNumber)
        }
        // The hidden number may not show elsewhere on the card, in the topic or the text. The
        // two are read apart (a space parts them, which no number or unit crosses): the
        // topic's numbers once per topic, and text that is all ASCII takes the fast path even
        // under a topic line with `›` in it.
        guard !ClozeMaker.freeNumbers(in: cloze.visibleText).contains(cloze.number),
              !trail.numbers.contains(cloze.number)
        else {
            return .failure(.answerOnFront)
        }
        let files = fact.sourceFiles
        return .success(AnkiCard(
            kind: .cloze, notetype: "Cloze", topic: fact.topic, topicPath: trail.titles,
            front: warning + "<small>\(topicLine)</small><br>" + cloze.html,
            back: footer([fact], files: files).dropFirstBreak,
            tags: tags(files: files, kind: .cloze),
            identity: "fact:" + fact.id.rawValue, wording: FoldedText.key(of: fact.text), seed: fact.id.rawValue,
            facts: [fact.id], clozeParts: cloze.parts
        ))
    }

    /// Whether the text or code of the nodes holds an ASCII digit: the only text of their HTML
    /// outside tags and entities, where a number to hide would be (see `InlineHTML`).
    private static func writesDigit(_ nodes: [MarkdownNode]) -> Bool {
        nodes.contains { node in
            switch node.kind {
            case .text, .code: node.literal.containsByte(where: \.isASCIIDigit)
            case .softBreak, .lineBreak, .htmlInline: false
            default: writesDigit(node.children)
            }
        }
    }

    /// A mark on the front of a card whose sources disagree, so it is never learnt as the
    /// one truth.
    private var warning: String {
        conflicts.isEmpty ? "" : "<b>⚠ Sources disagree</b> (see the back)<br>"
    }

    /// Where the card comes from, how many sources said it, and what disagreeing sources say;
    /// `files` holds the files of each of the facts (`sourceFiles`), one fact after another.
    private func footer(_ facts: [MergedFact], files: [SourcePath]) -> String {
        let origins = facts.flatMap(\.origins)
        // One fact's files are distinct; a term's definitions may share files, counted once.
        let count = facts.count == 1 ? files.count : Set(files).count
        let places = origins.fileLines(joinedBy: ", ", escapingFiles: true)
        var footer = "<br><br><small>Said by \(count) source\(count == 1 ? "" : "s"): \(places)</small>"
        for (other, reason) in conflicts {
            let place = other.origins.first.map { " (\($0.file):\($0.line))" } ?? ""
            footer += "<br><b>⚠ Sources disagree</b> (\(reason.htmlEscaped)). Another source says: \(other.text.htmlEscaped)\(place.htmlEscaped)"
        }
        return footer
    }

    /// `topic::<path>`, `source::<file>` for each of `files` (the facts' `sourceFiles`), the
    /// card kind, and `conflict` when sources disagree.
    func tags(files: [SourcePath], kind: AnkiCard.Kind) -> [String] {
        var tags = [trail.tag]
        var sources: [String] = []
        var seen = Set<String>()
        for file in files {
            let tag = sourceTags[file] ?? Self.sourceTag(file)
            if seen.insert(tag).inserted { sources.append(tag) }
        }
        tags += sources
        tags.append("distill::" + kind.rawValue)
        if !conflicts.isEmpty { tags.append("conflict") }
        return tags
    }

    /// `source::<file name without extension, as a slug>`.
    static func sourceTag(_ file: SourcePath) -> String {
        "source::" + Slug.make(file.stem)
    }

    /// Whether `words` holds `part` as consecutive words.
    static func contains(_ words: [String], _ part: [String]) -> Bool {
        guard !part.isEmpty, part.count <= words.count else { return part.isEmpty }
        return (0...(words.count - part.count)).contains { Array(words[$0..<($0 + part.count)]) == part }
    }
}

extension String {
    /// Without the `<br><br>` that separates the footer from an answer (a Cloze back has none).
    fileprivate var dropFirstBreak: String {
        hasPrefix("<br><br>") ? String(dropFirst(8)) : self
    }
}
