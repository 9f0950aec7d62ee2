/// What the notes themselves say about naming topics, learned before topics are merged:
/// qualifier prefixes that many headings of one source start with (`AWS Service –`,
/// `Chapter`), and acronyms the headings define (`Application Load Balancer (ALB)`).
struct TopicVocabulary: Sendable {
    /// Folded word sequences that open many headings and are no subject of their own.
    private(set) var qualifiers: [[String]] = []
    /// Acronym or expansion (compact key) → the key of the name it stands for.
    private(set) var aliases: [String: String] = [:]
    /// Compact subject keys the user merged (`aliases:` in the config) → the shared key.
    private var userAliases: [String: String] = [:]
    /// The shared key of a user alias → the name the topic is shown under.
    private var userTitles: [String: String] = [:]
    /// Compact subject keys the user keeps apart (`separate:` in the config).
    private var separated: Set<String> = []

    /// Learns from every note's root heading titles, grouped by source; `rules` (from the
    /// config) win over what is learned.
    init(rootTitlesBySource: [[String]], rules: TopicRules = TopicRules()) {
        var standalone = Set<String>()
        var counts: [[String]: Int] = [:]
        // Copies of a note share their titles: each distinct title is read once, on all cores.
        let distinct = DistinctTexts(rootTitlesBySource)
        let readingsBySource = distinct.expand(distinct.map { _, title in TitleReading(title) })
        for readings in readingsBySource {
            var prefixes: [[String]: Int] = [:]
            for reading in readings {
                let words = reading.words
                standalone.insert(words.joined(separator: " "))
                for length in 1..<max(1, min(4, words.count)) { prefixes[Array(words.prefix(length)), default: 0] += 1 }
            }
            for (prefix, count) in prefixes where count >= 3 && Double(count) >= 0.1 * Double(readings.count) {
                // `Cell` always followed by `Biology` is no qualifier alone; `Cell Biology` is.
                let alwaysExtended = prefixes.contains { $0.key.count == prefix.count + 1 && $0.value == count && $0.key.starts(with: prefix) }
                if !alwaysExtended { counts[prefix, default: 0] += count }
            }
            // `Unit – Cells`, `Unit – Genes`: a head set off by a dash that two titles share.
            var heads: [[String]: Int] = [:]
            for case let head? in readings.map(\.head) { heads[head, default: 0] += 1 }
            for (head, count) in heads where count >= 2 && prefixes[head, default: 0] < 3 {
                counts[head, default: 0] += count
            }
            for case let (short, full)? in readings.map(\.alias) {
                aliases[short] = full
                aliases[full] = full
            }
        }
        // A prefix that is itself a heading (`S3` above `S3 Versioning`) names a subject.
        qualifiers = counts.keys.filter { !standalone.contains($0.joined(separator: " ")) }
            .sorted { ($0.count, $0.joined(separator: " ")) > ($1.count, $1.joined(separator: " ")) }
        apply(rules)
    }

    private mutating func apply(_ rules: TopicRules) {
        for alias in rules.aliases {
            let shared = "alias|" + compactKey(of: alias.name)
            userTitles[shared] = alias.name
            for name in [alias.name] + alias.otherNames {
                userAliases[compactKey(of: name)] = shared
            }
        }
        for group in rules.separate {
            for name in group { separated.insert(compactKey(of: name)) }
        }
    }

    private func compactKey(of title: String) -> String {
        subjectWords(of: title).joined()
    }

    /// True when the user listed the title under `separate:`: it matches only headings with
    /// the same words, and neither merges nor nests by similarity.
    func isSeparated(_ title: String) -> Bool {
        !separated.isEmpty && separated.contains(compactKey(of: title))
    }

    /// The name the user gave a merged topic, for a key from `key(of:)`.
    func userTitle(forKey key: String) -> String? {
        userTitles[key]
    }

    /// The title's words without a learned qualifier prefix or a trailing parenthesis.
    func subjectWords(of title: String) -> [String] {
        var words = FoldedText(Self.beforeParenthesis(title)).words
        for qualifier in qualifiers where words.count > qualifier.count && Array(words.prefix(qualifier.count)) == qualifier {
            if !Self.continuesAsPhrase(title, after: qualifier.count) { words.removeFirst(qualifier.count) }
            break
        }
        return words
    }

    /// `Cell division`, `Cell Biology and European History`: a capitalised opening followed,
    /// with only a space between, by a lowercase word runs on as one name or phrase, so it is
    /// no qualifier there (`Cell Biology – Ribosomes`, `Amazon Redshift` are).
    static func continuesAsPhrase(_ title: String, after count: Int) -> Bool {
        let isWordCharacter: (Character) -> Bool = { $0.isLetter || $0.isNumber }
        var index = title.startIndex
        var opening: Character?
        for _ in 0..<count {
            while index < title.endIndex, !isWordCharacter(title[index]) { index = title.index(after: index) }
            if opening == nil, index < title.endIndex { opening = title[index] }
            while index < title.endIndex, isWordCharacter(title[index]) { index = title.index(after: index) }
        }
        let gap = title[index...].prefix { !isWordCharacter($0) }
        guard let next = title[gap.endIndex...].first, opening?.isUppercase == true else { return false }
        return next.isLowercase && gap.allSatisfy { $0 == " " }
    }

    /// The key two titles share when they name the same subject.
    func key(of title: String) -> String {
        let compact = compactKey(of: title)
        if separated.contains(compact) { return "separate|" + compact }
        if let shared = userAliases[compact] { return shared }
        let learned = aliases[compact] ?? compact
        return userAliases[learned] ?? learned
    }

    /// The title as shown: without the learned qualifier prefix and its separator.
    func displayTitle(of title: String) -> String {
        let subject = subjectWords(of: title)
        let all = FoldedText(Self.beforeParenthesis(title)).words
        guard subject.count < all.count, let first = subject.first else { return title }
        // Cut the original text at the first subject word, keeping its spelling.
        var remaining = all.count - subject.count
        var index = title.startIndex
        while remaining > 0, index < title.endIndex {
            while index < title.endIndex, !(title[index].isLetter || title[index].isNumber) { index = title.index(after: index) }
            while index < title.endIndex, title[index].isLetter || title[index].isNumber { index = title.index(after: index) }
            remaining -= 1
        }
        let rest = title[index...].drop { !($0.isLetter || $0.isNumber) }
        return rest.isEmpty || FoldedText(String(rest)).words.first != first ? title : String(rest)
    }

    /// What a root title teaches, worked out once per distinct title.
    private struct TitleReading: Sendable {
        /// The folded words before any parenthesis.
        let words: [String]
        /// See `headBeforeDash`.
        let head: [String]?
        /// See `alias(in:)`.
        let alias: (short: String, full: String)?

        init(_ title: String) {
            words = FoldedText(TopicVocabulary.beforeParenthesis(title)).words
            head = TopicVocabulary.headBeforeDash(title)
            alias = TopicVocabulary.alias(in: title)
        }
    }

    /// `Application Load Balancer (ALB)` or `ALB (Application Load Balancer)`: the acronym and
    /// the compact key of the name it stands for, when its letters start the name's initials.
    private static func alias(in title: String) -> (short: String, full: String)? {
        guard let open = title.firstIndex(ofASCII: 0x28), let close = title[open...].firstIndex(ofASCII: 0x29) else { return nil }
        let outside = FoldedText(String(title[..<open])).words
        let inside = FoldedText(String(title[title.index(after: open)..<close])).words
        let (name, acronym): ([String], [String])
        if inside.count == 1 && outside.count >= 2 { (name, acronym) = (outside, inside) }
        else if outside.count == 1 && inside.count >= 2 { (name, acronym) = (inside, outside) }
        else { return nil }
        let initials = String(name.compactMap(\.first))
        guard let short = acronym.first, short.count >= 2, initials.hasPrefix(short) || short == initials else { return nil }
        return (short, name.joined())
    }

    /// The folded words before ` – `, ` — ` or ` - ` in a title, when one to three words.
    static func headBeforeDash(_ title: String) -> [String]? {
        guard let dash = [" – ", " — ", " - "].compactMap({ title.literalRange(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound })
        else { return nil }
        let head = FoldedText(String(title[..<dash.lowerBound])).words
        guard (1...3).contains(head.count), !FoldedText(String(title[dash.upperBound...])).words.isEmpty else { return nil }
        return head
    }

    static func beforeParenthesis(_ title: String) -> String {
        guard let open = title.firstIndex(ofASCII: 0x28), open != title.startIndex else { return title }
        return String(title[..<open])
    }
}
