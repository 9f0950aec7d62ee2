/// One cell of Anki's CSV import: quoted when needed, newlines as `<br>`, and never
/// read as a comment (`#`) or as a spreadsheet formula (`= + - @`, tab, CR).
enum CSVField {
    static func quote(_ value: String) -> String {
        // Most fields have no line break or quote; skipping the search keeps decks cheap.
        var field = value
        if value.containsByte(where: { $0 == 0x0A || $0 == 0x0D }) {
            field = value.replacingOccurrences(of: "\r\n", with: "<br>")
                .replacingOccurrences(of: "\n", with: "<br>")
                .replacingOccurrences(of: "\r", with: "<br>")
        }
        if let first = field.unicodeScalars.first, "#=+-@\t".unicodeScalars.contains(first) {
            // An invisible HTML character in front keeps the text as it reads.
            field = "&#8203;" + field
        }
        // Commas and quotes are single bytes, so the search reads bytes, not characters; line
        // breaks are gone by now.
        guard field.containsByte(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") }) else { return field }
        guard field.containsByte(UInt8(ascii: "\"")) else { return "\"" + field + "\"" }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
