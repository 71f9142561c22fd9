import Foundation

/// The arithmetic of one loss driver (metrics.md, "Loss drivers" and its edge cases) on the
/// counts the SQL gives: the group's closed and lost deals, the value's closed and lost deals.
///
/// The 2x2 table is value vs not, lost vs won:
///
///     a = value & lost    b = value & won
///     c = other & lost    d = other & won
///
/// chi² = N (ad − bc)² / ((a+b)(c+d)(a+c)(b+d)), no continuity correction; null when a
/// margin is zero. p = erfc(√(chi²/2)), the upper tail of chi-square with one degree of freedom.
public struct LossDriverStatistics: Sendable, Equatable {
    public let lift: Double?
    public let lossRate: Double?
    public let chiSquare: Double?
    public let pValue: Double?

    public init(closed: Int, lost: Int, valueClosed: Int, valueLost: Int) {
        // lift = (lost with value / lost) / (closed with value / closed)
        lift = lost > 0 && valueClosed > 0 && closed > 0
            ? Double(valueLost * closed) / Double(lost * valueClosed) : nil
        lossRate = valueClosed > 0 ? Double(valueLost) / Double(valueClosed) : nil
        let a = Double(valueLost), b = Double(valueClosed - valueLost)
        let c = Double(lost - valueLost), d = Double(closed - valueClosed - (lost - valueLost))
        let margins = (a + b) * (c + d) * (a + c) * (b + d)
        if margins > 0 {
            let chiSquare = Double(closed) * (a * d - b * c) * (a * d - b * c) / margins
            self.chiSquare = chiSquare
            pValue = erfc((chiSquare / 2).squareRoot())
        } else {
            chiSquare = nil
            pValue = nil
        }
    }
}
