/// Plain text from the inline HTML `InlineHTML` writes (and any text `htmlEscaped` wrote):
/// tags dropped, entities decoded. The search index reads table cells with it, the cheat
/// sheets weigh and count facts with it.
enum HTMLText {
    /// The text a reader sees: tags removed, the entities `InlineHTML` writes decoded.
    static func plain(_ html: String) -> String {
        if html.isAllASCII || html.hasSingleScalarCharacters { return decodingEntities(plainBytes(html)) }
        return decodingEntities(plainCharacters(html))
    }

    /// `plain`'s tag stripping for any HTML, character by character.
    static func plainCharacters(_ html: String) -> String {
        var text = ""
        var inTag = false
        for character in html {
            switch character {
            case "<": inTag = true
            case ">" where inTag: inTag = false
            default: if !inTag { text.append(character) }
            }
        }
        return text
    }

    /// `plain`'s tag stripping on the bytes, for HTML that is ASCII or whose every character is
    /// one scalar: the same text, since `<` and `>` are then characters of their own wherever
    /// their bytes stand (and in ASCII, CR LF's two bytes are kept together either way).
    private static func plainBytes(_ html: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(html.utf8.count)
        forEachVisibleByte(of: html) { out.append($0) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Each byte of the HTML outside its tags, in order. Read through a pointer where the text
    /// holds its bytes in one piece (native text does): through the view, each byte cost several
    /// times more.
    static func forEachVisibleByte(of html: String, _ body: (UInt8) -> Void) {
        func visit(_ bytes: some Sequence<UInt8>) {
            var inTag = false
            for byte in bytes {
                if byte == UInt8(ascii: "<") {
                    inTag = true
                } else if byte == UInt8(ascii: ">") && inTag {
                    inTag = false
                } else if !inTag {
                    body(byte)
                }
            }
        }
        if html.utf8.withContiguousStorageIfAvailable({ visit($0) }) == nil { visit(html.utf8) }
    }

    /// The five entities `htmlEscaped` and `InlineHTML` write, decoded in one pass over the
    /// bytes, so that decoding undoes escaping exactly; any other `&` stays. An entity is `&`
    /// to the next `;` with neither inside, so no two can overlap and no decoded character can
    /// form another: one pass gives what replacing each in turn would.
    static func decodingEntities(_ text: String) -> String {
        guard text.containsByte(UInt8(ascii: "&")) else { return text }
        let entities: [(name: [UInt8], byte: UInt8)] = [
            (Array("&lt;".utf8), UInt8(ascii: "<")), (Array("&gt;".utf8), UInt8(ascii: ">")),
            (Array("&quot;".utf8), UInt8(ascii: "\"")), (Array("&#39;".utf8), UInt8(ascii: "'")),
            (Array("&amp;".utf8), UInt8(ascii: "&")),
        ]
        let bytes = Array(text.utf8)
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "&"),
               let entity = entities.first(where: { bytes[index...].starts(with: $0.name) }) {
                decoded.append(entity.byte)
                index += entity.name.count
            } else {
                decoded.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: decoded, as: UTF8.self)
    }
}
