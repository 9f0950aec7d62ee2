extension Character {
    // `isLetter`, `isNumber` and `isWhitespace` look a character's first scalar up in Unicode's
    // tables. Most characters of any notes are ASCII, and these tell such a character by its
    // byte instead, with the same answers. CR LF is one character, told by LF's byte.

    /// `isLetter`, an ASCII character told by its byte.
    var isLetterByByte: Bool { asciiValue.map(\.isASCIILetter) ?? isLetter }
    /// `isNumber`, an ASCII character told by its byte.
    var isNumberByByte: Bool { asciiValue.map(\.isASCIIDigit) ?? isNumber }
    /// `isWhitespace`, an ASCII character told by its byte.
    var isWhitespaceByByte: Bool { asciiValue.map(\.isASCIIWhitespace) ?? isWhitespace }
}
