extension StringProtocol {
    /// `hasPrefix(prefix)` for an ASCII `prefix`, read on the bytes. `hasPrefix` compares
    /// characters, and for text with anything beyond ASCII in it walked them one by one. The
    /// bytes decide alone while they are ASCII: two ASCII characters are equal only if their
    /// bytes are, and each stands alone (but CR LF). Where the text has a byte beyond ASCII
    /// instead of the prefix's, its character differs from the prefix's (or it joins the one
    /// before, which then differs), unless it is one of the three Swift counts as equal to an
    /// ASCII character (`;`, `` ` ``, `K`: the Greek question mark, the Greek varia and the
    /// Kelvin sign); just after the prefix it may be a mark joining the prefix's last
    /// character. In those two cases the characters decide.
    func hasASCIIPrefix(_ prefix: StaticString) -> Bool {
        let expected = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        var bytes = utf8.makeIterator()
        for byte in expected {
            guard let actual = bytes.next() else { return false }
            if actual >= 0x80 { return byte == 0x3B || byte == 0x60 || byte == 0x4B ? hasPrefix(prefix.description) : false }
            if actual != byte { return false }
        }
        guard let next = bytes.next() else { return true }
        if next >= 0x80 { return hasPrefix(prefix.description) }
        return !(expected.last == 0x0D && next == 0x0A)
    }
}
