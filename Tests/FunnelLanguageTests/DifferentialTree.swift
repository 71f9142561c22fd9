/// The neutral description both parsers' ASTs are turned into for the differential tests: an
/// s-expression of node kinds, names and values, with nesting, and nothing else (no
/// locations, no library types), so two trees compare as two strings and a mismatch prints
/// readably.
///
///     (document (operation query "Q" (variables) (directives) (selections (field - "a" ...))))
struct DifferentialTree: Equatable, CustomStringConvertible {
    let kind: String
    let children: [DifferentialTree]
    /// Set only for leaves that stand for a piece of text (names, scalar values).
    let atom: String?

    init(_ kind: String, _ children: [DifferentialTree] = []) {
        self.kind = kind
        self.children = children
        self.atom = nil
    }

    private init(atom: String) {
        self.kind = ""
        self.children = []
        self.atom = atom
    }

    /// A piece of text, quoted and escaped so that any string compares exactly.
    static func text(_ value: String) -> DifferentialTree {
        DifferentialTree(atom: value.debugDescription)
    }

    /// A bare word: operation kinds, booleans, `-` for an absent optional part.
    static func word(_ value: String) -> DifferentialTree {
        DifferentialTree(atom: value)
    }

    static let absent = word("-")

    var description: String {
        if let atom { return atom }
        return children.isEmpty ? "(\(kind))" : "(\(kind) " + children.map(\.description).joined(separator: " ") + ")"
    }
}
