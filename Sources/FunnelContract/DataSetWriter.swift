public import Foundation

/// Writes a data-set folder, one `ENTITY.csv` per entity, streaming: rows go through a
/// buffer to disk, so a generator can emit millions without holding them.
public final class DataSetWriter {
    public let folder: URL
    private var files: [Entity: EntityFile] = [:]
    public private(set) var rowCounts: [Entity: Int] = [:]

    public init(folder: URL) throws {
        self.folder = folder
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Appends a row; `values` in the order of `entity.columns`, nil for NULL.
    public func write(_ entity: Entity, _ values: [String?]) throws {
        precondition(values.count == entity.columns.count, "\(entity.fileStem): \(values.count) values for \(entity.columns.count) columns")
        let file: EntityFile
        if let existing = files[entity] {
            file = existing
        } else {
            file = try EntityFile(url: folder.appendingPathComponent(entity.fileStem + ".csv"))
            try file.append(entity.columns.map(\.name))
            files[entity] = file
        }
        try file.append(values)
        rowCounts[entity, default: 0] += 1
    }

    /// Flushes and closes every file.
    public func close() throws {
        for entity in Entity.allCases { try files[entity]?.close() }
        files = [:]
    }
}

/// One CSV file being written.
private final class EntityFile {
    private let handle: FileHandle
    private var buffer: [UInt8] = []

    init(url: URL) throws {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        handle = try FileHandle(forWritingTo: url)
        buffer.reserveCapacity(1 << 17)
    }

    func append(_ values: [String?]) throws {
        for (index, value) in values.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            if let value { CSVField.append(value, to: &buffer) }
        }
        buffer.append(UInt8(ascii: "\n"))
        if buffer.count >= 1 << 16 { try flush() }
    }

    func flush() throws {
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    func close() throws {
        try flush()
        try handle.close()
    }
}

/// RFC 4180 field encoding: quoted when the text holds a comma, quote or line break.
public enum CSVField {
    public static func append(_ text: String, to buffer: inout [UInt8]) {
        let utf8 = text.utf8
        let needsQuotes = utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else {
            buffer.append(contentsOf: utf8)
            return
        }
        buffer.append(0x22)
        for byte in utf8 {
            if byte == 0x22 { buffer.append(0x22) }
            buffer.append(byte)
        }
        buffer.append(0x22)
    }
}
