#if FUZZING
/// libFuzzer's entry point: one input, checked against every invariant.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    RoundTripInvariant.check(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

/// libFuzzer's driver (compiler-rt `FuzzerDriver.cpp`), which `main` would otherwise call.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// SwiftPM links an executable target with `main` aliased to `parser_fuzz_main`, so
/// libFuzzer's own `main` never runs; this stands in for it and hands over to the driver.
@_cdecl("parser_fuzz_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return runFuzzerDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) }
}
#else
import Foundation

/// `parser-fuzz FILE|DIR...`: without `-DFUZZING` the target is a replay tool. It runs every
/// file (directories: every file inside, recursively) through the same invariants the fuzzer
/// checks, so a crash file from libFuzzer or the seed corpus can be re-checked in a normal
/// build and debugger.
@main
struct ParserFuzzReplay {
    static func main() {
        let paths = CommandLine.arguments.dropFirst()
        if paths.isEmpty {
            FileHandle.standardError.write(Data("usage: parser-fuzz FILE|DIR...\n".utf8))
            exit(1)
        }
        var checked = 0
        for path in paths {
            for file in files(at: path) {
                guard let data = FileManager.default.contents(atPath: file) else {
                    FileHandle.standardError.write(Data("\(file): cannot read\n".utf8))
                    exit(1)
                }
                RoundTripInvariant.check([UInt8](data))
                checked += 1
            }
        }
        print("\(checked) inputs checked, every invariant holds")
    }

    /// `path` itself when it is a file, else every regular file below it, sorted.
    static func files(at path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return [path]
        }
        let children = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String]) ?? []
        return children.sorted().map { path + "/" + $0 }.filter { child in
            var childIsDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: child, isDirectory: &childIsDirectory)
                && !childIsDirectory.boolValue
        }
    }
}
#endif
