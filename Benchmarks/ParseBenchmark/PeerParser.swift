import GraphQL

/// GraphQLSwift's parser, the Swift peer we measure against. Kept in its own file because
/// its module declares `Source`, `Document` and `Parser`-adjacent names that clash with ours.
enum PeerParser {
    /// Parses `text` and returns the number of definitions, so the work cannot be optimised away.
    static func definitionCount(_ text: String) throws -> Int {
        try GraphQL.parse(source: text).definitions.count
    }
}
