import Crypto
public import Foundation

/// One numbered file of `sql/`: `NNN_name.sql`.
public struct Migration: Sendable, Equatable {
    public let version: Int
    public let name: String
    public let path: String
    public let text: String
    /// SHA-256 of the file's bytes, hex.
    public let checksum: String

    /// The migrations of a folder, in version order. Files not named `NNN_name.sql` are not
    /// migrations (views and refresh scripts may live beside them).
    public static func load(from folder: URL) throws(MigrationError) -> [Migration] {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: folder.path) } catch {
            throw .folderUnreadable(folder.path, "\(error)")
        }
        var migrations: [Migration] = []
        for name in names.sorted() where name.hasSuffix(".sql") {
            let stem = name.dropLast(4)
            guard let underscore = stem.firstIndex(of: "_"), let version = Int(stem[..<underscore]),
                  stem[..<underscore].allSatisfy(\.isNumber)
            else { continue }
            let path = folder.appendingPathComponent(name).path
            guard let data = FileManager.default.contents(atPath: path),
                  let text = String(data: data, encoding: .utf8)
            else { throw .folderUnreadable(path, "not readable as UTF-8") }
            let checksum = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
            migrations.append(Migration(
                version: version, name: String(stem[stem.index(after: underscore)...]), path: path,
                text: text, checksum: checksum
            ))
        }
        migrations.sort { $0.version < $1.version }
        for (previous, next) in zip(migrations, migrations.dropFirst()) where previous.version == next.version {
            throw .duplicateVersion(previous.version, previous.path, next.path)
        }
        return migrations
    }

    /// `sql/001_warehouse.sql`: the folder and file name, enough to find it in the repository.
    public var displayPath: String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().lastPathComponent + "/" + url.lastPathComponent
    }
}

/// Why migrations were refused or failed. Nothing of a refused or failed migration is kept.
public enum MigrationError: Error, Sendable, CustomStringConvertible {
    case folderUnreadable(String, String)
    case duplicateVersion(Int, String, String)
    case edited(file: String, appliedChecksum: String, fileChecksum: String)
    case missing(version: Int, name: String)
    case statementFailed(file: String, line: Int, message: String)

    public var description: String {
        switch self {
        case .folderUnreadable(let path, let reason):
            "\(path): cannot read migrations: \(reason)"
        case .duplicateVersion(let version, let first, let second):
            "\(second): migration number \(version) is also used by \(first)"
        case .edited(let file, let applied, let now):
            "\(file): already applied with checksum \(applied.prefix(12))…, the file now has \(now.prefix(12))…; "
                + "an applied migration must not change: restore it and add a new migration instead"
        case .missing(let version, let name):
            "migration \(version) (\(name)) is applied in the database but its file is gone from sql/"
        case .statementFailed(let file, let line, let message):
            "\(file):\(line): \(message)"
        }
    }
}
