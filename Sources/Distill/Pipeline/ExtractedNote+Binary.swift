import DistillMarkdown

/// The binary layout of what extraction found in a note, down to markdown nodes.
/// Fields are written in declaration order; see `BinaryCodable`.
extension ExtractedNote: BinaryCodable {
    func encode(to writer: inout BinaryWriter) {
        writer.write(source)
        writer.write(headings)
        writer.write(facts)
        writer.write(entries)
        writer.write(diagnostics)
        writer.write(Array(coveredLines))
        writer.write(title)
    }

    init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        self.init(
            source: try reader.read(), headings: try reader.readArray(), facts: try reader.readArray(),
            entries: try reader.readArray(), diagnostics: try reader.readArray(),
            coveredLines: Set(try reader.readArray(Int.self)))
        title = try reader.readOptional()
    }
}

extension ExtractedNote.Entry: BinaryCodable {
    func encode(to writer: inout BinaryWriter) {
        switch self {
        case let .fact(index): writer.writeTag(0); writer.write(index)
        case let .block(block): writer.writeTag(1); writer.write(block)
        }
    }

    init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        switch try reader.readTag() {
        case 0: self = .fact(try reader.read())
        case 1: self = .block(try reader.read())
        default: throw BinaryReader.Malformed()
        }
    }
}

extension HeadingOccurrence: BinaryCodable {
    func encode(to writer: inout BinaryWriter) {
        writer.write(path)
        writer.write(location)
    }

    init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        self.init(path: try reader.readTitles(), location: try reader.read())
    }
}

extension Fact: BinaryCodable {
    func encode(to writer: inout BinaryWriter) {
        writer.write(kind)
        writer.write(content)
        writer.write(text)
        writer.write(topicPath)
        writer.write(location)
        writer.write(depth)
        writer.write(parentIndex)
    }

    init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        self.init(
            kind: try reader.read(), content: try reader.readArray(), text: try reader.read(),
            topicPath: try reader.readTitles(), location: try reader.read(), depth: try reader.read(),
            parentIndex: try reader.readOptional())
    }
}

extension Fact.Kind: BinaryCodable {
    func encode(to writer: inout BinaryWriter) {
        switch self {
        case .statement:
            writer.writeTag(0)
        case let .definition(term, definition):
            writer.writeTag(1)
            writer.write(term)
            writer.write(definition)
        case let .question(question, answer):
            writer.writeTag(2)
            writer.write(question)
            writer.write(answer)
        }
    }

    init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        switch try reader.readTag() {
        case 0: self = .statement
        case 1: self = .definition(term: try reader.read(), definition: try reader.read())
        case 2: self = .question(question: try reader.read(), answer: try reader.read())
        default: throw BinaryReader.Malformed()
        }
    }
}

extension Block: BinaryCodable {
    func encode(to writer: inout BinaryWriter) {
        switch kind {
        case let .table(header, rows, alignments):
            writer.writeTag(0)
            writer.write(header.map(NodeList.init))
            writer.write(rows.map { $0.map(NodeList.init) }.map(NodeTable.init))
            writer.writeUnsigned(UInt(alignments.count))
            for alignment in alignments { writer.write(raw: alignment) }
        case let .code(language, text):
            writer.writeTag(1)
            writer.write(language)
            writer.write(text)
        }
        writer.write(topicPath)
        writer.write(location)
    }

    init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        let kind: Kind
        switch try reader.readTag() {
        case 0:
            let header = try reader.readArray(NodeList.self).map(\.nodes)
            let rows = try reader.readArray(NodeTable.self).map { $0.rows.map(\.nodes) }
            var alignments: [MarkdownNode.Alignment] = []
            for _ in 0..<(try reader.readCount()) { alignments.append(try reader.read(raw: MarkdownNode.Alignment.self)) }
            kind = .table(header: header, rows: rows, alignments: alignments)
        case 1:
            kind = .code(language: try reader.read(), text: try reader.read())
        default:
            throw BinaryReader.Malformed()
        }
        self.init(kind: kind, topicPath: try reader.readTitles(), location: try reader.read())
    }

    /// One table cell's nodes, so nested arrays read and write like any other value.
    private struct NodeList: BinaryCodable {
        var nodes: [MarkdownNode]

        init(_ nodes: [MarkdownNode]) { self.nodes = nodes }
        func encode(to writer: inout BinaryWriter) { writer.write(nodes) }
        init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) { nodes = try reader.readArray() }
    }

    /// One table row's cells.
    private struct NodeTable: BinaryCodable {
        var rows: [NodeList]

        init(_ rows: [NodeList]) { self.rows = rows }
        func encode(to writer: inout BinaryWriter) { writer.write(rows) }
        init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) { rows = try reader.readArray() }
    }
}

extension MarkdownNode: BinaryCodable {
    func encode(to writer: inout BinaryWriter) {
        writer.write(kind)
        writer.write(literal)
        writer.write(children)
        writer.write(range.start.line)
        writer.write(range.start.column)
        writer.write(range.end.line)
        writer.write(range.end.column)
    }

    init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        let kind = try reader.read(Kind.self)
        let literal = try reader.read(String.self)
        let children = try reader.readArray(MarkdownNode.self)
        let start = SourcePosition(line: try reader.read(), column: try reader.read())
        let end = SourcePosition(line: try reader.read(), column: try reader.read())
        self.init(kind: kind, literal: literal, children: children, range: SourceRange(start: start, end: end))
    }
}

extension MarkdownNode.Kind: BinaryCodable {
    func encode(to writer: inout BinaryWriter) {
        switch self {
        case .document: writer.writeTag(0)
        case .blockQuote: writer.writeTag(1)
        case let .list(ordered, start, tight):
            writer.writeTag(2)
            writer.write(ordered)
            writer.write(start)
            writer.write(tight)
        case let .item(task): writer.writeTag(3); writer.write(task)
        case let .codeBlock(info): writer.writeTag(4); writer.write(info)
        case .htmlBlock: writer.writeTag(5)
        case .paragraph: writer.writeTag(6)
        case let .heading(level): writer.writeTag(7); writer.write(level)
        case .thematicBreak: writer.writeTag(8)
        case let .table(alignments):
            writer.writeTag(9)
            writer.writeUnsigned(UInt(alignments.count))
            for alignment in alignments { writer.write(raw: alignment) }
        case let .tableRow(isHeader): writer.writeTag(10); writer.write(isHeader)
        case .tableCell: writer.writeTag(11)
        case .footnoteDefinition: writer.writeTag(12)
        case .text: writer.writeTag(13)
        case .softBreak: writer.writeTag(14)
        case .lineBreak: writer.writeTag(15)
        case .code: writer.writeTag(16)
        case .htmlInline: writer.writeTag(17)
        case .emphasis: writer.writeTag(18)
        case .strong: writer.writeTag(19)
        case .strikethrough: writer.writeTag(20)
        case let .link(destination, title): writer.writeTag(21); writer.write(destination); writer.write(title)
        case let .image(source, title): writer.writeTag(22); writer.write(source); writer.write(title)
        case .footnoteReference: writer.writeTag(23)
        case let .other(name): writer.writeTag(24); writer.write(name)
        }
    }

    init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        switch try reader.readTag() {
        case 0: self = .document
        case 1: self = .blockQuote
        case 2: self = .list(ordered: try reader.read(), start: try reader.read(), tight: try reader.read())
        case 3: self = .item(task: try reader.readOptional())
        case 4: self = .codeBlock(info: try reader.read())
        case 5: self = .htmlBlock
        case 6: self = .paragraph
        case 7: self = .heading(level: try reader.read())
        case 8: self = .thematicBreak
        case 9:
            var alignments: [MarkdownNode.Alignment] = []
            for _ in 0..<(try reader.readCount()) { alignments.append(try reader.read(raw: MarkdownNode.Alignment.self)) }
            self = .table(alignments: alignments)
        case 10: self = .tableRow(isHeader: try reader.read())
        case 11: self = .tableCell
        case 12: self = .footnoteDefinition
        case 13: self = .text
        case 14: self = .softBreak
        case 15: self = .lineBreak
        case 16: self = .code
        case 17: self = .htmlInline
        case 18: self = .emphasis
        case 19: self = .strong
        case 20: self = .strikethrough
        case 21: self = .link(destination: try reader.read(), title: try reader.read())
        case 22: self = .image(source: try reader.read(), title: try reader.read())
        case 23: self = .footnoteReference
        case 24: self = .other(try reader.read())
        default: throw BinaryReader.Malformed()
        }
    }
}
