extension String {
    /// How many words the ASCII characters `separators` part the text into, as
    /// `split(whereSeparator:)` counts them, counted up to `limit`. In ASCII text a separator is
    /// always a character of its own, so the bytes are counted; in other text a separator can
    /// carry a combining mark, and the text is split by characters.
    func wordCount(separatedBy separators: ByteSet, upTo limit: Int = .max) -> Int {
        guard isAllASCII else {
            let pieces = split(whereSeparator: { character in
                character.utf8.count == 1 && separators.contains(character.utf8.first!)
            })
            return min(pieces.count, limit)
        }
        var count = 0
        var inWord = false
        for byte in utf8 {
            let separates = separators.contains(byte)
            if !separates && !inWord {
                count += 1
                if count == limit { return count }
            }
            inWord = !separates
        }
        return count
    }
}
