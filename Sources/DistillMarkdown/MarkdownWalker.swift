/// Visits a markdown tree. Implement only the kinds you care about: by default a
/// visit descends into the node's children.
public protocol MarkdownWalker {
    /// Called for every node; return `false` to skip the node's children.
    mutating func willVisit(_ node: MarkdownNode) -> Bool
    /// Called after a node's children were visited.
    mutating func didVisit(_ node: MarkdownNode)
}

extension MarkdownWalker {
    public mutating func willVisit(_ node: MarkdownNode) -> Bool { true }
    public mutating func didVisit(_ node: MarkdownNode) {}

    /// Walks `node` depth-first without recursion, so very deep trees are safe.
    public mutating func walk(_ node: MarkdownNode) {
        // Each frame is a node and the index of the next child to visit.
        var stack: [(node: MarkdownNode, next: Int)] = []
        if willVisit(node) {
            stack.append((node, 0))
        } else {
            didVisit(node)
            return
        }
        while let top = stack.last {
            if top.next < top.node.children.count {
                let child = top.node.children[top.next]
                stack[stack.count - 1].next += 1
                if willVisit(child) {
                    stack.append((child, 0))
                } else {
                    didVisit(child)
                }
            } else {
                stack.removeLast()
                didVisit(top.node)
            }
        }
    }
}
