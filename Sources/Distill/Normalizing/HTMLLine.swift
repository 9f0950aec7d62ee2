/// Whole-line HTML shapes that carry no text.
enum HTMLLine {
    /// `<a name="x"></a>`, `<a id="x"></a>`, `<span id="x"></span>`, possibly several.
    static func isAnchorOnly(_ content: String) -> Bool {
        guard content.hasASCIIPrefix("<") else { return false }
        var index = content.startIndex
        var found = false
        while index < content.endIndex {
            if content[index] == " " || content[index] == "\t" {
                index = content.index(after: index)
                continue
            }
            guard let tag = HTMLTag.parse(content, at: index) else { return false }
            if tag.isClosing {
                guard tag.name == "a" || tag.name == "span" else { return false }
            } else {
                guard tag.name == "a" || tag.name == "span", tag.attribute("href") == nil,
                    tag.attribute("name") != nil || tag.attribute("id") != nil
                else { return false }
                found = true
            }
            index = tag.end
        }
        return found
    }
}
