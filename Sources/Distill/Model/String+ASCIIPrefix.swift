extension StringProtocol {
    /// `hasPrefix(prefix)` for an ASCII `prefix`, read on the bytes. `hasPrefix` compares
    /// characters, and for text with anything beyond ASCII in it walked them one by one. The
    /// bytes decide alone while they are ASCII: two ASCII characters are equal only if their
    /// bytes are, and each stands alone (but CR LF). A byte beyond ASCII in the text, at or
    /// just after the prefix, may be a mark joining the prefix's last character or a character
    /// equal to an ASCII one (`K`, the Kelvin sign): there the characters decide.
    func hasASCIIPrefix(_ prefix: StaticString) -> Bool {
        let expected = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        var bytes = utf8.makeIterator()
        for byte in expected {
            guard let actual = bytes.next() else { return false }
            if actual >= 0x80 { return hasPrefix(prefix.description) }
            if actual != byte { return false }
        }
        guard let next = bytes.next() else { return true }
        if next >= 0x80 { return hasPrefix(prefix.description) }
        return !(expected.last == 0x0D && next == 0x0A)
    }
}
