/// The binary layout of a cache entry's note, its summary and its diagnostics.
/// Fields are written in declaration order; see `BinaryCodable`.
extension CachedNote: BinaryCodable {
    func encode(to writer: inout BinaryWriter) {
        writer.write(path)
        writer.write(loadDiagnostics)
        writer.write(note)
    }

    init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        self.init(path: try reader.read(), loadDiagnostics: try reader.readArray(), note: try reader.readOptional())
    }

    /// The note as an entry payload.
    var binary: [UInt8] {
        var writer = BinaryWriter(capacity: (note?.markdown.utf8.count ?? 0) * 3)
        writer.write(self)
        return writer.bytes
    }

    /// The note a payload holds, or nil unless it decodes whole with no byte left over.
    init?(binary: [UInt8]) {
        var reader = BinaryReader(binary)
        guard let note = try? CachedNote(from: &reader), reader.isAtEnd else { return nil }
        self = note
    }
}

extension CachedNote.Note: BinaryCodable {
    func encode(to writer: inout BinaryWriter) {
        writer.write(summary)
        writer.write(raw: format)
        writer.write(markdown)
        writer.write(dropped)
        writer.write(normalizeDiagnostics)
        writer.write(extracted)
    }

    init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        self.init(
            summary: try reader.read(), format: try reader.read(raw: NoteFormat.self), markdown: try reader.read(),
            dropped: try reader.readArray(), normalizeDiagnostics: try reader.readArray(), extracted: try reader.read())
    }
}

extension SourcePath: BinaryCodable {
    func encode(to writer: inout BinaryWriter) {
        writer.write(rawValue)
    }

    init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        self = try reader.readPath()
    }
}

extension SourceSummary: BinaryCodable {
    func encode(to writer: inout BinaryWriter) {
        writer.write(file)
        writer.write(lines)
        writer.write(raw: format)
        writer.write(raw: encoding)
        writer.writeUnsigned(UInt(dropped.count))
        for (rule, count) in dropped {
            writer.write(raw: rule)
            writer.write(count)
        }
        writer.write(contentLines)
        writer.write(coveredLines)
        writer.write(title)
    }

    init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        self.init(
            file: try reader.read(), lines: try reader.read(), format: try reader.read(raw: NoteFormat.self),
            encoding: try reader.read(raw: SourceFile.Encoding.self))
        for _ in 0..<(try reader.readCount()) {
            let rule = try reader.read(raw: NoiseRule.self)
            dropped[rule] = try reader.read(Int.self)
        }
        contentLines = try reader.read()
        coveredLines = try reader.read()
        title = try reader.readOptional()
    }
}

extension DroppedLine: BinaryCodable {
    func encode(to writer: inout BinaryWriter) {
        writer.write(line)
        writer.write(raw: rule)
    }

    init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        self.init(line: try reader.read(), rule: try reader.read(raw: NoiseRule.self))
    }
}

extension SourceLocation: BinaryCodable {
    func encode(to writer: inout BinaryWriter) {
        writer.write(file)
        writer.write(line)
        writer.write(column)
    }

    init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        self.init(file: try reader.read(), line: try reader.read(), column: try reader.readOptional())
    }
}

extension Diagnostic: BinaryCodable {
    func encode(to writer: inout BinaryWriter) {
        writer.write(raw: severity)
        writer.write(location)
        writer.write(reason)
    }

    init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        let severity = try reader.read(raw: Severity.self)
        let location: SourceLocation? = try reader.readOptional()
        self.init(severity, try reader.read(), at: location)
    }
}

extension Diagnostic.Reason: BinaryCodable {
    func encode(to writer: inout BinaryWriter) {
        switch self {
        case let .inputFolderMissing(path): writer.writeTag(0); writer.write(path)
        case let .inputFolderEmpty(path): writer.writeTag(1); writer.write(path)
        case let .unreadableFile(detail): writer.writeTag(2); writer.write(detail)
        case let .binaryFile(kind): writer.writeTag(3); writer.write(kind)
        case .emptyFile: writer.writeTag(4)
        case let .legacyEncoding(name): writer.writeTag(5); writer.write(name)
        case let .invalidBytes(count): writer.writeTag(6); writer.write(count)
        case let .linkedFileOutsideInput(target): writer.writeTag(7); writer.write(target)
        case let .configInvalid(detail): writer.writeTag(8); writer.write(detail)
        case let .templateMissing(name): writer.writeTag(9); writer.write(name)
        case let .templateSyntax(detail): writer.writeTag(10); writer.write(detail)
        case .factBeforeHeading: writer.writeTag(11)
        case let .imageDropped(source): writer.writeTag(12); writer.write(source)
        case .rawHTMLDropped: writer.writeTag(13)
        case let .lineDropped(rule): writer.writeTag(14); writer.write(rule)
        case let .conflict(detail): writer.writeTag(15); writer.write(detail)
        case let .suspectedDuplicate(detail): writer.writeTag(16); writer.write(detail)
        case let .writeFailed(detail): writer.writeTag(17); writer.write(detail)
        case .unclosedCodeFence: writer.writeTag(18)
        case let .nestingTooDeep(limit): writer.writeTag(19); writer.write(limit)
        case let .printing(detail): writer.writeTag(20); writer.write(detail)
        case let .hugeLine(bytes): writer.writeTag(21); writer.write(bytes)
        case let .onlyNoise(lines): writer.writeTag(22); writer.write(lines)
        case let .outputKept(path, detail): writer.writeTag(23); writer.write(path); writer.write(detail)
        case let .templateUnknownField(name): writer.writeTag(24); writer.write(name)
        }
    }

    init(from reader: inout BinaryReader) throws(BinaryReader.Malformed) {
        switch try reader.readTag() {
        case 0: self = .inputFolderMissing(path: try reader.read())
        case 1: self = .inputFolderEmpty(path: try reader.read())
        case 2: self = .unreadableFile(detail: try reader.read())
        case 3: self = .binaryFile(kind: try reader.read())
        case 4: self = .emptyFile
        case 5: self = .legacyEncoding(name: try reader.read())
        case 6: self = .invalidBytes(count: try reader.read())
        case 7: self = .linkedFileOutsideInput(target: try reader.read())
        case 8: self = .configInvalid(detail: try reader.read())
        case 9: self = .templateMissing(name: try reader.read())
        case 10: self = .templateSyntax(detail: try reader.read())
        case 11: self = .factBeforeHeading
        case 12: self = .imageDropped(source: try reader.read())
        case 13: self = .rawHTMLDropped
        case 14: self = .lineDropped(rule: try reader.read())
        case 15: self = .conflict(detail: try reader.read())
        case 16: self = .suspectedDuplicate(detail: try reader.read())
        case 17: self = .writeFailed(detail: try reader.read())
        case 18: self = .unclosedCodeFence
        case 19: self = .nestingTooDeep(limit: try reader.read())
        case 20: self = .printing(detail: try reader.read())
        case 21: self = .hugeLine(bytes: try reader.read())
        case 22: self = .onlyNoise(lines: try reader.read())
        case 23: self = .outputKept(path: try reader.read(), detail: try reader.read())
        case 24: self = .templateUnknownField(name: try reader.read())
        default: throw BinaryReader.Malformed()
        }
    }
}
