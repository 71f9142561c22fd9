/// How fast one parser got through one document: the median of several timed batches.
struct Throughput {
    let bytesPerIteration: Int
    /// Seconds per parse, median over batches.
    let secondsPerParse: Double

    var megabytesPerSecond: Double { Double(bytesPerIteration) / secondsPerParse / 1_000_000 }

    /// Warms up, sizes a batch to take about `batchSeconds`, then times `batches` batches.
    /// `parse` returns a number that is folded into `checksum` so the parse is not elided.
    static func measure(
        bytes: Int,
        batchSeconds: Double,
        batches: Int = 5,
        checksum: inout Int,
        _ parse: () throws -> Int
    ) rethrows -> Throughput {
        let clock = ContinuousClock()
        // Warm-up, and a first estimate of the cost of one parse.
        var single = Double.infinity
        for _ in 0..<2 {
            let start = clock.now
            checksum &+= try parse()
            single = min(single, (clock.now - start).seconds)
        }
        let iterations = max(1, min(100_000, Int(batchSeconds / max(single, 1e-9))))
        var perParse: [Double] = []
        for _ in 0..<batches {
            let start = clock.now
            for _ in 0..<iterations { checksum &+= try parse() }
            perParse.append((clock.now - start).seconds / Double(iterations))
        }
        perParse.sort()
        return Throughput(bytesPerIteration: bytes, secondsPerParse: perParse[perParse.count / 2])
    }
}

extension Duration {
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
