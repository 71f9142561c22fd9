import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// How a spawned child program ended.
///
/// `waitpid` blocks, so the awaiting form waits on a thread of its own: a task awaiting a
/// child never holds a thread of Swift's cooperative pool (on two cores, holding them hung
/// the test suite).
public enum ChildExit {
    /// The exit code, or 128 + signal for a killed child.
    public static func status(of pid: Int32) async -> Int32 {
        await withCheckedContinuation { (continuation: CheckedContinuation<Int32, Never>) in
            Thread.detachNewThread { continuation.resume(returning: waitBlocking(pid)) }
        }
    }

    /// The blocking form, for `atexit` handlers.
    public static func waitBlocking(_ pid: Int32) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            if errno != EINTR { return -1 }
        }
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }
}
