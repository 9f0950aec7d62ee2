/// What the user says about topic names in `distill.yml`, over what the notes suggest:
///
/// ```yaml
/// aliases:                 # these headings are one topic, shown under the first name
///   Cell Membrane: [Plasma Membrane, Cytoplasmic Membrane]
/// separate:                # these headings never merge, nor nest under one another
///   - [Mitosis, Meiosis]
/// ```
public struct TopicRules: Hashable, Sendable {
    /// Each entry's names are one topic, shown under `name`.
    public var aliases: [Alias] = []
    /// Each group's names stay topics of their own.
    public var separate: [[String]] = []

    public struct Alias: Hashable, Sendable {
        public var name: String
        public var otherNames: [String]

        public init(name: String, otherNames: [String]) {
            self.name = name
            self.otherNames = otherNames
        }
    }

    public init(aliases: [Alias] = [], separate: [[String]] = []) {
        self.aliases = aliases
        self.separate = separate
    }

    public var isEmpty: Bool { aliases.isEmpty && separate.isEmpty }
}
