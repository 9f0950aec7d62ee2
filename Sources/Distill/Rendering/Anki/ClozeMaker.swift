/// Hides the first number of a fact (with its unit) behind an Anki cloze deletion, and
/// every other place the same number appears, so the card never shows its own answer.
enum ClozeMaker {
    /// Units that may follow a number after a space and belong to the answer.
    static let units: Set<String> = [
        "%", "b", "kb", "mb", "gb", "tb", "pb", "kib", "mib", "gib", "tib", "bytes", "byte", "bits",
        "ms", "s", "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour", "hours",
        "day", "days", "week", "weeks", "month", "months", "year", "years", "times", "x",
        "mm", "cm", "m", "km", "g", "kg", "mg", "l", "ml", "hz", "khz", "mhz", "ghz", "v", "w", "kw",
        "°c", "°f", "k", "percent",
    ]

    /// A fact's HTML with its number hidden.
    struct Cloze: Equatable {
        /// The HTML with `{{c1::...}}` around each occurrence of the number.
        var html: String
        /// The HTML cut around each hidden occurrence: the text before the first, the first,
        /// the text up to the next, and so on, ending with the text after the last.
        var parts: [String]
        /// The first hidden text, number and unit (`15 minutes`).
        var answer: String
        /// The hidden number without its unit or thousands separators (`1000`).
        var number: String
        /// The text left visible on the front, without tags.
        var visibleText: String
    }

    /// Every free-standing number in the HTML, without thousands separators: what a
    /// student reading it would take as a number (`3` in `at least 3 zones`, not in `S3`).
    static func freeNumbers(in html: String) -> Set<String> {
        guard html.containsByte(where: \.isASCIIDigit) else { return [] }
        if html.isAllASCII {
            let bytes = Array(html.utf8)
            return freeNumbers(in: bytes, GlyphSpeller(bytes: bytes))
        }
        let (characters, speller) = GlyphSpeller.characters(of: html)
        return freeNumbers(in: characters, speller)
    }

    private static func freeNumbers<Glyph: ClozeGlyph>(in glyphs: [Glyph], _ speller: GlyphSpeller) -> Set<String> {
        Set(numbers(in: glyphs, speller).map { plainNumber(speller.text($0.start..<$0.numberEnd)) })
    }

    private static func plainNumber(_ text: String) -> String {
        text.utf8.contains(UInt8(ascii: ",")) ? text.replacingOccurrences(of: ",", with: "") : text
    }

    /// The HTML with the first free-standing number (and each repeat of it) wrapped in
    /// `{{c1::...}}` (or `open`…`close`; the site's quiz joins a card's `parts` with its own
    /// marks instead of finding the cloze again), or nil when the text holds none outside tags
    /// and names like `S3` or `v2`. ASCII text is read byte by byte, other text character by
    /// character: the same rules either way.
    static func cloze(html: String, open: String = "{{c1::", close: String = "}}") -> Cloze? {
        // A number starts with an ASCII digit, in either reading: most facts have none, and
        // are told so without splitting their text into glyphs.
        guard html.containsByte(where: \.isASCIIDigit) else { return nil }
        if html.isAllASCII {
            let bytes = Array(html.utf8)
            return cloze(glyphs: bytes, GlyphSpeller(bytes: bytes), open: open, close: close)
        }
        let (characters, speller) = GlyphSpeller.characters(of: html)
        return cloze(glyphs: characters, speller, open: open, close: close)
    }

    private static func cloze<Glyph: ClozeGlyph>(glyphs: [Glyph], _ speller: GlyphSpeller, open: String, close: String) -> Cloze? {
        let found = numbers(in: glyphs, speller)
        guard let first = found.first else { return nil }
        let firstNumber = speller.text(first.start..<first.numberEnd)
        let hidden = found.filter { speller.text($0.start..<$0.numberEnd) == firstNumber }
        var parts: [String] = []
        parts.reserveCapacity(2 * hidden.count + 1)
        var visible = ""
        var cursor = 0
        for match in hidden {
            let before = speller.text(cursor..<match.start)
            parts.append(before)
            parts.append(speller.text(match.start..<match.end))
            visible += before + " "
            cursor = match.end
        }
        let rest = speller.text(cursor..<glyphs.count)
        parts.append(rest)
        visible += rest
        return Cloze(
            html: joined(parts, open: open, close: close), parts: parts, answer: speller.text(first.start..<first.end),
            number: plainNumber(firstNumber), visibleText: stripTags(visible)
        )
    }

    /// Cloze `parts` (see `Cloze.parts`) with each hidden occurrence between `open` and `close`.
    static func joined(_ parts: [String], open: String, close: String) -> String {
        var html = ""
        html.reserveCapacity(parts.reduce(0) { $0 + $1.utf8.count } + (parts.count / 2) * (open.utf8.count + close.utf8.count))
        for (index, part) in parts.enumerated() {
            if index % 2 == 1 { html += open + part + close } else { html += part }
        }
        return html
    }

    /// Every free-standing number outside tags and entities, with its unit.
    private static func numbers<Glyph: ClozeGlyph>(in glyphs: [Glyph], _ speller: GlyphSpeller) -> [(start: Int, numberEnd: Int, end: Int)] {
        var found: [(start: Int, numberEnd: Int, end: Int)] = []
        var index = 0
        var inTag = false
        var inEntity = false
        while index < glyphs.count {
            let glyph = glyphs[index]
            if inTag {
                if glyph.is(">") { inTag = false }
            } else if inEntity {
                if glyph.is(";") { inEntity = false }
            } else if glyph.is("<") {
                inTag = true
            } else if glyph.is("&") {
                inEntity = true
            } else if glyph.isASCIIDigit, index == 0 || !isWordCharacter(glyphs[index - 1]) {
                var end = index
                while end < glyphs.count, glyphs[end].isNumberGlyph || ((glyphs[end].is(".") || glyphs[end].is(",")) && end + 1 < glyphs.count && glyphs[end + 1].isNumberGlyph) {
                    end += 1
                }
                if let withUnit = extendUnit(glyphs, speller, from: end) {
                    found.append((index, end, withUnit))
                    index = withUnit
                } else {
                    index = end
                }
                continue
            }
            index += 1
        }
        return found
    }

    private static func stripTags(_ html: String) -> String {
        // ASCII text is a character a byte, so its tags are cut on the bytes.
        if html.isAllASCII {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(html.utf8.count)
            var inTag = false
            for byte in html.utf8 {
                if byte == UInt8(ascii: "<") { inTag = true } else if byte == UInt8(ascii: ">") { inTag = false } else if !inTag { bytes.append(byte) }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
        }
        return text
    }

    private static func isWordCharacter<Glyph: ClozeGlyph>(_ glyph: Glyph) -> Bool {
        glyph.isLetterGlyph || glyph.isNumberGlyph || glyph.is("_") || glyph.is(".") || glyph.is("-")
    }

    /// Takes in a unit glued to the number (`5TB`) or after one space (`15 minutes`); nil
    /// when letters glued to the number are no unit (`2xlarge` is a name, not a number).
    private static func extendUnit<Glyph: ClozeGlyph>(_ glyphs: [Glyph], _ speller: GlyphSpeller, from end: Int) -> Int? {
        let glued = end < glyphs.count && !glyphs[end].is(" ")
        let start = glued ? end : end + 1
        var stop = start
        while stop < glyphs.count, glyphs[stop].isLetterGlyph || glyphs[stop].is("%") || glyphs[stop].isDegreeSign {
            stop += 1
        }
        guard stop > start else { return end }
        let word = speller.text(start..<stop).lowercased()
        if units.contains(word) { return stop }
        return glued ? nil : end
    }
}

/// What the cloze rules ask of a piece of text: a byte of ASCII text or a character of other
/// text, so ASCII text (most notes) skips splitting into characters.
private protocol ClozeGlyph {
    /// Whether the glyph is the ASCII character `ascii`.
    func `is`(_ ascii: Unicode.Scalar) -> Bool
    var isASCIIDigit: Bool { get }
    /// A number or a letter, as `Character.isNumber` and `Character.isLetter` tell.
    var isNumberGlyph: Bool { get }
    var isLetterGlyph: Bool { get }
    var isDegreeSign: Bool { get }
}

/// Spells a run of glyphs by copying its bytes from the text's UTF-8: glyph `i` starts at byte
/// `starts[i]`, or at byte `i` when there are no `starts` (ASCII text, a glyph a byte). A run of
/// characters is the bytes between their starts, so it is spelt as `String(characters)` would
/// spell it, without appending them one by one.
private struct GlyphSpeller {
    let bytes: [UInt8]
    var starts: [Int]?

    func text(_ glyphs: Range<Int>) -> String {
        guard let starts else { return String(decoding: bytes[glyphs], as: UTF8.self) }
        return String(decoding: bytes[starts[glyphs.lowerBound]..<starts[glyphs.upperBound]], as: UTF8.self)
    }

    /// The text's characters, and a speller that knows where each starts.
    static func characters(of text: String) -> ([Character], GlyphSpeller) {
        var characters: [Character] = []
        var starts: [Int] = [0]
        for character in text {
            characters.append(character)
            starts.append(starts[starts.count - 1] + character.utf8.count)
        }
        return (characters, GlyphSpeller(bytes: Array(text.utf8), starts: starts))
    }
}

extension UInt8: ClozeGlyph {
    fileprivate func `is`(_ ascii: Unicode.Scalar) -> Bool { self == UInt8(ascii: ascii) }
    fileprivate var isNumberGlyph: Bool { isASCIIDigit }
    fileprivate var isLetterGlyph: Bool { isASCIILetter }
    fileprivate var isDegreeSign: Bool { false }
}

extension Character: ClozeGlyph {
    // An ASCII character is told by its byte, without Unicode's properties or comparison.
    // CR LF is one character of two bytes, whose `asciiValue` is that of LF.
    fileprivate func `is`(_ ascii: Unicode.Scalar) -> Bool { utf8.count == 1 && utf8.first == UInt8(ascii: ascii) }
    fileprivate var isASCIIDigit: Bool { asciiValue?.isASCIIDigit ?? false }
    fileprivate var isNumberGlyph: Bool { isNumberByByte }
    fileprivate var isLetterGlyph: Bool { isLetterByByte }
    fileprivate var isDegreeSign: Bool { self == "°" }
}
