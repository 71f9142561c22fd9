/// How fast one parser got through one document: the median of several timed batches.
struct Throughput {
    let bytesPerIteration: Int
    /// Seconds per parse, median over batches.
    let secondsPerParse: Double

    var megabytesPerSecond: Double { Double(bytesPerIteration) / secondsPerParse / 1_000_000 }

    /// Times two parsers on the same document, their batches interleaved (A, B, A, B...) so
    /// that load from other processes on a shared machine falls on both alike.
    ///
    /// Each parser is warmed up and its batch sized to take about `batchSeconds`; then
    /// `batches` batches of each are timed and the median time per parse is kept. A parse
    /// returns a number that is folded into `checksum` so it is not optimised away.
    static func measurePair(
        bytes: Int,
        batchSeconds: Double,
        batches: Int = 5,
        checksum: inout Int,
        _ first: () throws -> Int,
        _ second: () throws -> Int
    ) rethrows -> (first: Throughput, second: Throughput) {
        let firstIterations = try iterations(for: batchSeconds, checksum: &checksum, first)
        let secondIterations = try iterations(for: batchSeconds, checksum: &checksum, second)
        var firstTimes: [Double] = []
        var secondTimes: [Double] = []
        for _ in 0..<batches {
            firstTimes.append(try timePerParse(firstIterations, checksum: &checksum, first))
            secondTimes.append(try timePerParse(secondIterations, checksum: &checksum, second))
        }
        return (
            Throughput(bytesPerIteration: bytes, secondsPerParse: median(firstTimes)),
            Throughput(bytesPerIteration: bytes, secondsPerParse: median(secondTimes))
        )
    }

    /// Warms up with two parses and returns how many make a batch of about `batchSeconds`.
    private static func iterations(for batchSeconds: Double, checksum: inout Int, _ parse: () throws -> Int) rethrows -> Int {
        let single = min(try timePerParse(1, checksum: &checksum, parse), try timePerParse(1, checksum: &checksum, parse))
        return max(1, min(100_000, Int(batchSeconds / max(single, 1e-9))))
    }

    private static func timePerParse(_ iterations: Int, checksum: inout Int, _ parse: () throws -> Int) rethrows -> Double {
        let clock = ContinuousClock()
        let start = clock.now
        for _ in 0..<iterations { checksum &+= try parse() }
        return (clock.now - start).seconds / Double(iterations)
    }

    private static func median(_ values: [Double]) -> Double {
        values.sorted()[values.count / 2]
    }
}

extension Duration {
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
