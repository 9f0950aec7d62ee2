import Foundation
import Yams

extension ConfigLoader {
    /// Reads `aliases:`, a mapping from the name a topic is shown under to the other names
    /// (one or a list) that mean it.
    static func aliases(from node: Node, fail: (String, Mark?) -> Void) -> [TopicRules.Alias] {
        guard let mapping = node.mapping else {
            fail("'aliases' must map a topic name to its other names, e.g. `Cell Membrane: [Plasma Membrane]`", node.mark)
            return []
        }
        var aliases: [TopicRules.Alias] = []
        for (keyNode, valueNode) in mapping {
            guard let name = nonEmptyName(keyNode) else {
                fail("each name under 'aliases' must be non-empty text", keyNode.mark)
                continue
            }
            guard let others = names(in: valueNode), !others.isEmpty else {
                fail("'\(name)' under 'aliases' must list one or more other names", valueNode.mark)
                continue
            }
            aliases.append(TopicRules.Alias(name: name, otherNames: others))
        }
        return aliases
    }

    /// Reads `separate:`, a list of groups of names (a single list is one group).
    static func separateGroups(from node: Node, fail: (String, Mark?) -> Void) -> [[String]] {
        guard let sequence = node.sequence else {
            fail("'separate' must be a list of name lists, e.g. `- [Mitosis, Meiosis]`", node.mark)
            return []
        }
        if sequence.allSatisfy({ $0.scalar != nil }) {
            guard let group = names(in: node), group.count >= 2 else {
                fail("'separate' needs at least two names to keep apart", node.mark)
                return []
            }
            return [group]
        }
        var groups: [[String]] = []
        for item in sequence {
            guard let group = names(in: item), group.count >= 2 else {
                fail("each group under 'separate' must list two or more non-empty names", item.mark)
                continue
            }
            groups.append(group)
        }
        return groups
    }

    /// A scalar name or a list of them; nil when any is empty or not text.
    private static func names(in node: Node) -> [String]? {
        if node.scalar != nil { return nonEmptyName(node).map { [$0] } }
        guard let sequence = node.sequence else { return nil }
        var out: [String] = []
        for item in sequence {
            guard let name = nonEmptyName(item) else { return nil }
            out.append(name)
        }
        return out
    }

    private static func nonEmptyName(_ node: Node) -> String? {
        guard let text = node.scalar?.string.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }
}
