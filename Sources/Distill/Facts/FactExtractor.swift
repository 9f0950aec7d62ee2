import DistillMarkdown

/// The extract stage: walks a parsed note and collects its headings, facts, tables and code.
public struct FactExtractor: Sendable {
    public init() {}

    public func extract(_ parsed: ParsedNote) -> ExtractedNote {
        var state = ExtractionState(parsed: parsed)
        for block in parsed.document.children {
            state.visitBlock(block, depth: 0, parent: nil)
        }
        state.pairQuestions()
        return state.result
    }
}

/// The walk's running state: the heading stack and what was found so far.
struct ExtractionState {
    let parsed: ParsedNote
    var result: ExtractedNote
    private var headingStack: [(level: Int, title: String)] = []
    private var warnedBeforeHeading = false

    /// The level of a heading that names the whole note: the first heading, above all others.
    private let documentTitleLevel: Int?

    init(parsed: ParsedNote) {
        self.parsed = parsed
        self.result = ExtractedNote(source: parsed.note.source)
        self.documentTitleLevel = Self.documentTitleLevel(parsed.document)
    }

    /// `# Revision notes` over `## Cells`, `## Genes`: the sections are the subjects, the title
    /// only names the file, so topics start below it and match other notes' sections.
    private static func documentTitleLevel(_ document: MarkdownNode) -> Int? {
        var levels: [Int] = []
        for block in document.children {
            if case let .heading(level) = block.kind { levels.append(level) }
        }
        guard let first = levels.first, levels.count >= 2, levels.dropFirst().allSatisfy({ $0 > first }) else { return nil }
        return first
    }

    private var topicPath: [String] {
        guard !headingStack.isEmpty else { return [parsed.note.source.stem] }
        if headingStack.count > 1, headingStack[0].level == documentTitleLevel {
            return headingStack.dropFirst().map(\.title)
        }
        return headingStack.map(\.title)
    }

    /// Visits one block. Lists and quotes are walked with an explicit work list so that
    /// nesting thousands deep cannot overflow the stack.
    mutating func visitBlock(_ root: MarkdownNode, depth rootDepth: Int, parent rootParent: Int?) {
        var work: [(node: MarkdownNode, depth: Int, parent: Int?)] = [(root, rootDepth, rootParent)]
        while let (node, depth, parent) = work.popLast() {
            var pending: [(MarkdownNode, Int, Int?)] = []
            switch node.kind {
            case let .heading(level):
                enterHeading(node, level: level)
            case .paragraph:
                addFact(from: node, depth: depth, parent: parent)
            case .list:
                for item in node.children { pending.append((item, depth, parent)) }
            case .item:
                var itemFact: Int?
                for (index, child) in node.children.enumerated() {
                    if index == 0, child.kind == .paragraph {
                        itemFact = addFact(from: child, depth: depth, parent: parent)
                    } else {
                        pending.append((child, depth + 1, itemFact ?? parent))
                    }
                }
            case .blockQuote, .footnoteDefinition, .document:
                for child in node.children { pending.append((child, depth, parent)) }
            case let .codeBlock(info):
                let language = info.split(separator: " ").first.map(String.init) ?? ""
                addBlock(.code(language: language, text: node.literal), at: node)
            case let .table(alignments):
                addTable(node, alignments: alignments)
            case .htmlBlock:
                addHTMLBlock(node, depth: depth, parent: parent)
            default:
                break
            }
            work.append(contentsOf: pending.reversed())
        }
    }

    private mutating func enterHeading(_ node: MarkdownNode, level: Int) {
        let title = FactText.collapse(node.plainText)
        guard !title.isEmpty else { return }
        while let last = headingStack.last, last.level >= level { headingStack.removeLast() }
        headingStack.append((level, title))
        cover(node)
        // The document title becomes a topic only if facts stand right under it.
        if headingStack.count == 1, level == documentTitleLevel {
            // Not a topic, but not lost: the guide lists it as the note's title.
            if result.title == nil { result.title = title }
            return
        }
        result.headings.append(HeadingOccurrence(path: topicPath, location: parsed.location(of: node)))
    }

    /// Adds the facts of one paragraph; returns the index of the fact its nested blocks belong to.
    @discardableResult
    private mutating func addFact(from paragraph: MarkdownNode, depth: Int, parent: Int?) -> Int? {
        let text = FactText.collapse(paragraph.plainText)
        guard !text.isEmpty else { return nil }
        let location = parsed.location(of: paragraph)
        cover(paragraph)
        if headingStack.isEmpty && !warnedBeforeHeading {
            warnedBeforeHeading = true
            result.diagnostics.append(Diagnostic(.warning, .factBeforeHeading, at: location))
        }
        // Consecutive `Term :: definition` lines are a list of definitions, one fact each.
        if let definitions = FactText.definitionLines(paragraph.children) {
            for (offset, line) in definitions {
                let lineLocation = SourceLocation(
                    file: parsed.note.source,
                    line: parsed.note.lineMap.rawLine(forNormalized: paragraph.range.start.line + offset))
                append(Fact(
                    kind: line.kind, content: line.content, text: line.text, topicPath: topicPath,
                    location: lineLocation, depth: depth, parentIndex: parent))
            }
            return result.facts.count - 1
        }
        append(Fact(
            kind: FactText.kind(of: text, content: paragraph.children),
            content: paragraph.children, text: text, topicPath: topicPath,
            location: location, depth: depth, parentIndex: parent
        ))
        return result.facts.count - 1
    }

    private mutating func append(_ fact: Fact) {
        result.facts.append(fact)
        result.entries.append(.fact(result.facts.count - 1))
    }

    private mutating func cover(_ node: MarkdownNode) {
        result.coveredLines.formUnion(parsed.rawLines(of: node))
    }

    private mutating func addBlock(_ kind: Block.Kind, at node: MarkdownNode) {
        cover(node)
        result.entries.append(.block(Block(kind: kind, topicPath: topicPath, location: parsed.location(of: node))))
    }

    private mutating func addTable(_ node: MarkdownNode, alignments: [MarkdownNode.Alignment]) {
        var header: [[MarkdownNode]] = []
        var rows: [[[MarkdownNode]]] = []
        for row in node.children {
            let cells = row.children.map(\.children)
            if case .tableRow(isHeader: true) = row.kind { header = cells } else { rows.append(cells) }
        }
        addBlock(.table(header: header, rows: rows, alignments: alignments), at: node)
    }

    /// Raw HTML blocks never reach a page; any text they hold is kept as a fact.
    private mutating func addHTMLBlock(_ node: MarkdownNode, depth: Int, parent: Int?) {
        let text = FactText.collapse(FactText.strippingTags(node.literal))
        let location = parsed.location(of: node)
        guard !text.isEmpty else {
            result.diagnostics.append(Diagnostic(.note, .rawHTMLDropped, at: location))
            return
        }
        cover(node)
        let textNode = MarkdownNode(kind: .text, literal: text, range: node.range)
        result.facts.append(Fact(content: [textNode], text: text, topicPath: topicPath, location: location, depth: depth, parentIndex: parent))
        result.entries.append(.fact(result.facts.count - 1))
    }

    /// A statement ending in `?` with exactly one nested answer becomes a question card.
    mutating func pairQuestions() {
        var childCount: [Int: Int] = [:]
        var firstChild: [Int: Int] = [:]
        for (index, fact) in result.facts.enumerated() {
            guard let parent = fact.parentIndex else { continue }
            childCount[parent, default: 0] += 1
            if firstChild[parent] == nil { firstChild[parent] = index }
        }
        for (index, fact) in result.facts.enumerated() where fact.kind == .statement && fact.text.hasSuffix("?") {
            guard childCount[index] == 1, let answer = firstChild[index] else { continue }
            result.facts[index].kind = .question(question: fact.text, answer: result.facts[answer].text)
        }
    }
}
