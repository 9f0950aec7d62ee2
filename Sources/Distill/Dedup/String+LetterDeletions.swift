extension String {
    /// The text with one character left out, once for each position: two words one slip apart
    /// (a letter added, dropped or changed, or two neighbours swapped) share one of these.
    var oneLetterDeletions: [String] {
        // In ASCII every character is a byte, but for CR LF: such text is cut on its bytes.
        if isAllASCII && !containsByte(0x0D) {
            let count = utf8.count
            var text = self
            return text.withUTF8 { source in
                (0..<count).map { index in
                    String(unsafeUninitializedCapacity: count - 1) { target in
                        _ = target.initialize(fromContentsOf: source[..<index])
                        _ = target[index...].initialize(fromContentsOf: source[(index + 1)...])
                        return count - 1
                    }
                }
            }
        }
        let characters = Array(self)
        return characters.indices.map { index in
            var copy = characters
            copy.remove(at: index)
            return String(copy)
        }
    }

    /// `oneLetterDeletions` with each text once, in the same order. Leaving out any character
    /// of a run of equal characters gives the same text, and only such deletions are equal, so
    /// equal deletions come one after another and are told apart without hashing them.
    var distinctOneLetterDeletions: [String] {
        let deletions = oneLetterDeletions
        guard deletions.count > 1 else { return deletions }
        var distinct = [deletions[0]]
        distinct.reserveCapacity(deletions.count)
        for index in 1..<deletions.count where deletions[index] != deletions[index - 1] {
            distinct.append(deletions[index])
        }
        return distinct
    }
}
