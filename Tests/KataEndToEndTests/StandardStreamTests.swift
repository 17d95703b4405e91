import Foundation
import Testing

/// Issue 10 part 1: closed or full standard streams never corrupt a transcript nor trap; a failed
/// standard output is reported with exit code 74.
@Suite struct StandardStreamTests {
    /// Runs `script` in /bin/sh with `$KATA` the built binary, in `folder`; the exit status.
    static func shell(_ script: String, in folder: URL) throws -> Int32 {
        guard let url = KataBinary.url else { throw KataBinary.NotBuilt() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["KATA"] = url.path
        environment["LANG"] = "C.UTF-8"
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test func aClosedStandardOutputNeverReachesTheTranscript() throws {
        let folder = try KataBinary.temporaryFolder()
        try "offer rebate 5%\nhold\n".write(to: folder.appendingPathComponent("moves.txt"), atomically: true, encoding: .utf8)
        #expect(try Self.shell(#""$KATA" play tutorial --seed 1 --script moves.txt --out s.jsonl >&-"#, in: folder) == 0)
        #expect(try Self.shell(#""$KATA" resume s.jsonl --script moves.txt >&-"#, in: folder) == 0)
        let verify = try KataBinary.run(["verify", folder.appendingPathComponent("s.jsonl").path])
        #expect(verify.status == 0, "\(verify.output)")
        let text = try String(contentsOf: folder.appendingPathComponent("s.jsonl"), encoding: .utf8)
        #expect(text.split(separator: "\n").allSatisfy { $0.hasPrefix("{") }, "only JSON lines in the transcript")
    }

    @Test(arguments: [
        (#""$KATA" scenario check missing.yaml 2>&-"#, Int32(66)),
        (#""$KATA" calc carrefour-annual foo=1 2>&-"#, 64),
        (#""$KATA" scenario show nope 2>/dev/full"#, 66),
        (#""$KATA" scenario show carrefour-annual >/dev/full"#, 74),
    ])
    func errorPathsExitWithTheirCodeWhateverTheStreams(script: String, status: Int32) throws {
        let folder = try KataBinary.temporaryFolder()
        #expect(try Self.shell(script, in: folder) == status, "\(script)")
    }
}
