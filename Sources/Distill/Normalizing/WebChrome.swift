/// Recognises the interface text a web page wraps around its content: skip links, sign-in
/// prompts, cookie banners, menus. Phrases describe web pages, never the notes' subject.
enum WebChrome {
    /// Whole lines that are interface labels.
    private static let labels: Set<String> = [
        "skip to content", "skip to main content", "skip navigation", "jump to content", "menu",
        "main menu", "toggle navigation", "navigation", "search", "home", "share", "tweet", "print",
        "reply", "log in", "login", "log out", "logout", "sign in", "sign up", "sign out", "register",
        "subscribe", "back to top", "go to top", "next", "previous", "next post", "previous post",
        "read more", "close", "accept", "accept all", "reject all", "decline", "cookie settings",
        "manage cookies", "advertisement", "sponsored", "show more", "show less", "load more",
        "copy link", "embed", "download", "raw", "permalink", "comments", "leave a comment",
        "related posts", "share this", "share this post", "share this page", "share this article", "share on",
        "table of contents",
    ]

    /// Phrases that mark a line as interface text wherever they appear in it.
    private static let phrases: [String] = [
        "skip to content", "instantly share code", "sign up for", "sign in to", "log in to",
        "already have an account", "create an account", "create a free account", "to your computer",
        "we use cookies", "uses cookies", "accept cookies", "accept all cookies", "cookie policy",
        "privacy policy", "terms of service", "terms of use", "all rights reserved", "copyright ©",
        "powered by", "follow us", "subscribe to our", "you must be logged in", "leave a reply",
        "enable javascript", "javascript is disabled", "this site is protected by", "©",
    ]

    /// Prefixes of page metadata lines (`Last active November 2, 2022`).
    private static let metadataPrefixes: [String] = [
        "last active", "last updated", "last modified", "last edited", "published on", "posted on",
        "posted by", "updated on", "written by",
    ]

    /// Whether `text` is exactly an interface label (`Share`, `Back to top`).
    static func isLabel(_ text: Substring) -> Bool {
        guard text.utf8.count <= 40 else { return false }
        // While every label is ASCII, text beyond ASCII is none, unless it holds the Kelvin sign,
        // the one character beyond ASCII that lowercases to ASCII (`k`): such text is told so
        // without lowercasing it, which beyond ASCII looks up each character's mapping.
        if labelsAreASCII, !text.isAllASCII, !text.containsLiteral("\u{212A}") { return false }
        return labels.contains(text.lowercased())
    }

    private static let labelsAreASCII = labels.allSatisfy(\.isAllASCII)

    /// Whether `text` (a line with any bullet removed) is web interface text.
    static func isChrome(_ text: Substring) -> Bool {
        guard !text.isEmpty, text.utf8.count <= 200 else { return false }
        let lower = text.lowercased()
        if labels.contains(lower) { return true }
        let words = lower.wordCount(separatedBy: wordSeparators)
        guard words <= 25 else { return false }
        if phrases.contains(where: { lower.containsLiteral($0) }) { return true }
        if words <= 8, metadataPrefixes.contains(where: { lower.hasPrefix($0) }) { return true }
        // `Share this: Facebook Twitter Email`: a label naming a row of capitalised buttons.
        if let colon = text.literalRange(of: ": "), labels.contains(text[..<colon.lowerBound].lowercased()) {
            let buttons = text[colon.upperBound...].split(whereSeparator: { $0 == " " || $0 == "," || $0 == "|" })
            if (1...6).contains(buttons.count), buttons.allSatisfy({ $0.first?.isUppercase == true }) { return true }
        }
        // `@handle` alone: the page's author badge.
        if words == 1, lower.hasPrefix("@"), lower.count > 1 { return true }
        // `Show … options`: a menu button.
        if words <= 5, lower.hasPrefix("show "), lower.hasSuffix(" options") { return true }
        return isMenuBar(lower)
    }

    /// Space and tab, which part a line into words.
    private static let wordSeparators = ByteSet([0x20, 0x09])

    /// What parts a menu bar's items, and the first byte of each.
    private static let menuSeparators: [Character] = ["|", "·", "•", "›", "»"]
    private static let menuSeparatorFirstBytes = ByteSet(menuSeparators.compactMap(\.utf8.first))

    /// `Home | Courses | About | Contact`: three or more short items between separators.
    private static func isMenuBar(_ lower: String) -> Bool {
        // A line with no byte a separator starts with has one item.
        guard !lower.hasPrefix("|"), lower.containsByte(where: menuSeparatorFirstBytes.contains) else { return false }
        let items = lower.split(whereSeparator: menuSeparators.contains)
        guard items.count >= 3 else { return false }
        return items.allSatisfy { item in
            let words = item.split(separator: " ")
            return !words.isEmpty && words.count <= 3
        }
    }
}
