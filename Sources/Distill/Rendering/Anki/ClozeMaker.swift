/// Hides the first number of a fact (with its unit) behind an Anki cloze deletion.
enum ClozeMaker {
    /// Units that may follow a number after a space and belong to the answer.
    static let units: Set<String> = [
        "%", "b", "kb", "mb", "gb", "tb", "pb", "kib", "mib", "gib", "tib", "bytes", "byte", "bits",
        "ms", "s", "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour", "hours",
        "day", "days", "week", "weeks", "month", "months", "year", "years", "times", "x",
        "mm", "cm", "m", "km", "g", "kg", "mg", "l", "ml", "hz", "khz", "mhz", "ghz", "v", "w", "kw",
        "°c", "°f", "k", "percent",
    ]

    /// The HTML with the first free-standing number wrapped in `{{c1::...}}`, or nil when
    /// the text holds none outside tags and names like `S3` or `v2`.
    static func cloze(html: String) -> String? {
        let characters = Array(html)
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
                guard let withUnit = extendUnit(characters, from: end) else {
                    index = end
                    continue
                }
                end = withUnit
                let answer = String(characters[index..<end])
                return String(characters[..<index]) + "{{c1::" + answer + "}}" + String(characters[end...])
            }
            index += 1
        }
        return nil
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
