import Foundation

/// A file read in large chunks, so a gigabyte export never sits in memory whole; or bytes
/// already in memory (an uploaded body), read the same way.
struct ByteChunks {
    private let handle: FileHandle?
    private(set) var buffer: [UInt8] = []
    private(set) var isAtEnd = false
    static let chunkSize = 1 << 20

    init(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
        }
        self.handle = handle
    }

    /// All of `bytes`, at once: there is nothing more to read.
    init(bytes: [UInt8]) {
        handle = nil
        buffer = bytes
        isAtEnd = true
    }

    /// Drops the first `consumed` bytes and appends the next chunk; false at end of file.
    mutating func refill(keepingFrom consumed: Int) throws -> Bool {
        if consumed > 0 { buffer.removeFirst(consumed) }
        guard !isAtEnd, let handle else { return false }
        let data = try handle.read(upToCount: Self.chunkSize) ?? Data()
        if data.isEmpty {
            isAtEnd = true
            try? handle.close()
            return false
        }
        buffer.append(contentsOf: data)
        return true
    }
}
