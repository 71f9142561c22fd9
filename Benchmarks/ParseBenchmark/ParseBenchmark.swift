import Foundation
import ParseCorpus

/// `parse-bench [SECONDS]`: parses every corpus document with our parser and with
/// GraphQLSwift in one run and prints MB/s (1 MB = 10^6 bytes), the ratio between them, and
/// how time grows from the 45 KB to the 450 KB string-heavy document.
///
/// SECONDS (default 0.3) is the length of one timed batch; each document is timed in five
/// batches per parser, the two parsers' batches interleaved, and the median is reported. Build it optimised:
/// `swift build -c release --product parse-bench && .build/release/parse-bench`.
///
/// `parse-bench --ours-only SECONDS [PREFIX]` parses the corpus (or only the documents whose
/// name starts with PREFIX) with our parser alone, round after round, for a profiler
/// (`perf record -g .build/release/parse-bench --ours-only 10 dashboard`).
@main
struct ParseBenchmark {
    static func main() throws {
        let arguments = CommandLine.arguments.dropFirst()
        if arguments.first == "--ours-only" {
            let options = arguments.dropFirst()
            try parseOursOnly(seconds: options.first.flatMap(Double.init) ?? 10, prefix: options.dropFirst().first ?? "")
            return
        }
        let batchSeconds = arguments.first.flatMap(Double.init) ?? 0.3
        var checksum = 0
        var rows: [(document: CorpusDocument, ours: Throughput, peer: Throughput)] = []

        emit(pad("document", 22) + pad("bytes", 9, right: true) + pad("ours MB/s", 12, right: true)
            + pad("GraphQLSwift MB/s", 19, right: true) + pad("ratio", 9, right: true))
        for document in ParseCorpus.benchmarkDocuments {
            let bytes = document.bytes
            let text = document.text
            let (ours, peer) = try Throughput.measurePair(
                bytes: bytes.count, batchSeconds: batchSeconds, checksum: &checksum,
                { try OurParser.definitionCount(bytes) },
                { try PeerParser.definitionCount(text) }
            )
            rows.append((document, ours, peer))
            emit(pad(document.name, 22) + pad(String(bytes.count), 9, right: true)
                + pad(format(ours.megabytesPerSecond), 12, right: true)
                + pad(format(peer.megabytesPerSecond), 19, right: true)
                + pad(format(ours.megabytesPerSecond / peer.megabytesPerSecond) + "x", 9, right: true))
        }

        let ratios = rows.map { $0.ours.megabytesPerSecond / $0.peer.megabytesPerSecond }
        let geometricMean = exp(ratios.map(log).reduce(0, +) / Double(ratios.count))
        emit("geometric mean ratio (ours / GraphQLSwift): \(format(geometricMean))x; lowest: \(format(ratios.min() ?? 0))x")

        if let small = rows.first(where: { $0.document.name == "strings-45KB" }),
            let large = rows.first(where: { $0.document.name == "strings-450KB" })
        {
            let sizeRatio = Double(large.document.byteCount) / Double(small.document.byteCount)
            for (name, smallTime, largeTime) in [
                ("ours", small.ours.secondsPerParse, large.ours.secondsPerParse),
                ("GraphQLSwift", small.peer.secondsPerParse, large.peer.secondsPerParse),
            ] {
                let timeRatio = largeTime / smallTime
                emit(
                    "scaling \(name): 45 KB \(milliseconds(smallTime)) -> 450 KB \(milliseconds(largeTime)); "
                        + "time x\(format(timeRatio)) for bytes x\(format(sizeRatio)) "
                        + "(per-byte cost x\(format(timeRatio / sizeRatio)); 1.00 = linear)"
                )
            }
        }
        emit("checksum \(checksum)")
    }

    static func parseOursOnly(seconds: Double, prefix: String) throws {
        let documents = ParseCorpus.benchmarkDocuments.filter { $0.name.hasPrefix(prefix) }.map(\.bytes)
        let clock = ContinuousClock()
        let deadline = clock.now + .milliseconds(Int(seconds * 1000))
        var checksum = 0
        var rounds = 0
        while clock.now < deadline {
            for bytes in documents { checksum &+= try OurParser.definitionCount(bytes) }
            rounds += 1
        }
        emit("\(rounds) rounds over the corpus, checksum \(checksum)")
    }

    /// One line to stdout, unbuffered, so a long run shows progress through a pipe.
    static func emit(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }

    static func milliseconds(_ seconds: Double) -> String { format(seconds * 1000) + " ms" }

    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return right ? padding + text : text + padding
    }
}
