public import Foundation
import Crypto

/// The HS256 secret that signs and verifies bearer tokens.
///
/// From `FUNNELHOUSE_JWT_KEY` when set (deployments), else a random key generated once and
/// kept in a 0600 file under `.funnelhouse/` (development), so `serve` and `token` agree.
public struct SigningKey: Sendable {
    public enum Problem: Error, Sendable, CustomStringConvertible {
        case tooShort(source: String, bytes: Int)
        case unreadable(path: String, reason: String)

        public var description: String {
            switch self {
            case .tooShort(let source, let bytes):
                "the token signing key from \(source) has \(bytes) bytes; HS256 needs at least \(SigningKey.minimumLength)"
            case .unreadable(let path, let reason):
                "cannot read or create the token signing key \(path): \(reason)"
            }
        }
    }

    /// RFC 7518 section 3.2: an HS256 key at least as long as the hash.
    public static let minimumLength = 32
    public static let environmentVariable = "FUNNELHOUSE_JWT_KEY"
    public static let developmentFile = ".funnelhouse/jwt-hs256.key"

    public let secret: [UInt8]

    public init(secret: [UInt8], source: String = "the caller") throws(Problem) {
        guard secret.count >= Self.minimumLength else { throw .tooShort(source: source, bytes: secret.count) }
        self.secret = secret
    }

    /// A fresh random key (tests, first development run).
    public static func random() -> SigningKey {
        // 32 random bytes as 64 hex characters: a key file a person can copy into the variable.
        let bytes = SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }
        let hex = bytes.map { String(format: "%02x", $0) }.joined()
        return try! SigningKey(secret: Array(hex.utf8))
    }

    /// The configured key: the environment variable, else the development key file (created on first use).
    public static func resolve(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        developmentFile path: String = developmentFile
    ) throws(Problem) -> SigningKey {
        if let configured = environment[environmentVariable], !configured.isEmpty {
            return try SigningKey(secret: Array(configured.utf8), source: environmentVariable)
        }
        let url = URL(fileURLWithPath: path)
        if let stored = FileManager.default.contents(atPath: path) {
            let text = String(decoding: stored, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return try SigningKey(secret: Array(text.utf8), source: path)
        }
        let key = random()
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            guard FileManager.default.createFile(
                atPath: path, contents: Data(key.secret + [0x0A]), attributes: [.posixPermissions: 0o600]
            ) else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            throw .unreadable(path: path, reason: "\(error)")
        }
        return key
    }
}
