extension String {
    /// The text with one character left out, once for each position: two words one slip apart
    /// (a letter added, dropped or changed, or two neighbours swapped) share one of these.
    var oneLetterDeletions: [String] {
        let characters = Array(self)
        return characters.indices.map { index in
            var copy = characters
            copy.remove(at: index)
            return String(copy)
        }
    }
}
