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
        let characters = Array(html)
        return Set(numbers(in: characters).map { plainNumber(String(characters[$0.start..<$0.numberEnd])) })
    }

    private static func plainNumber(_ text: String) -> String {
        text.utf8.contains(UInt8(ascii: ",")) ? text.replacingOccurrences(of: ",", with: "") : text
    }

    /// The HTML with the first free-standing number (and each repeat of it) wrapped in
    /// `{{c1::...}}` (or `open`…`close`, which the site's quiz uses to mark the same number),
    /// or nil when the text holds none outside tags and names like `S3` or `v2`.
    static func cloze(html: String, open: String = "{{c1::", close: String = "}}") -> Cloze? {
        let characters = Array(html)
        let found = numbers(in: characters)
        guard let first = found.first else { return nil }
        let hidden = found.filter { String(characters[$0.start..<$0.numberEnd]) == String(characters[first.start..<first.numberEnd]) }
        var result = ""
        var visible = ""
        var cursor = 0
        for match in hidden {
            let before = String(characters[cursor..<match.start])
            result += before + open + String(characters[match.start..<match.end]) + close
            visible += before + " "
            cursor = match.end
        }
        result += String(characters[cursor...])
        visible += String(characters[cursor...])
        return Cloze(
            html: result, answer: String(characters[first.start..<first.end]),
            number: plainNumber(String(characters[first.start..<first.numberEnd])), visibleText: stripTags(visible)
        )
    }

    /// Every free-standing number outside tags and entities, with its unit.
    private static func numbers(in characters: [Character]) -> [(start: Int, numberEnd: Int, end: Int)] {
        var found: [(start: Int, numberEnd: Int, end: Int)] = []
        var index = 0
        var inTag = false
        var inEntity = false
        while index < characters.count {
            let character = characters[index]
            if inTag {
                if character == ">" { inTag = false }
            } else if inEntity {
                if character == ";" { inEntity = false }
            } else if character == "<" {
                inTag = true
            } else if character == "&" {
                inEntity = true
            } else if character.isASCII, character.isNumber, index == 0 || !isWordCharacter(characters[index - 1]) {
                var end = index
                while end < characters.count, characters[end].isNumber || ((characters[end] == "." || characters[end] == ",") && end + 1 < characters.count && characters[end + 1].isNumber) {
                    end += 1
                }
                if let withUnit = extendUnit(characters, from: end) {
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
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
        }
        return text
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_" || character == "." || character == "-"
    }

    /// Takes in a unit glued to the number (`5TB`) or after one space (`15 minutes`); nil
    /// when letters glued to the number are no unit (`2xlarge` is a name, not a number).
    private static func extendUnit(_ characters: [Character], from end: Int) -> Int? {
        let glued = end < characters.count && characters[end] != " "
        let start = glued ? end : end + 1
        var stop = start
        while stop < characters.count, characters[stop].isLetter || characters[stop] == "%" || characters[stop] == "°" {
            stop += 1
        }
        guard stop > start else { return end }
        let word = String(characters[start..<stop]).lowercased()
        if units.contains(word) { return stop }
        return glued ? nil : end
    }
}
