import ArgumentParser
import Foundation
import KataTranscript
import KataScenario

/// KATA, the Key-Account Trade-terms Arena: negotiation practice against key-account retail buyers.
@main
struct Kata: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kata",
        abstract: "Key-Account Trade-terms Arena: practise annual trade-terms negotiations with key-account buyers.",
        discussion:
            "Exit codes: 0 ok, 1 a check failed, 64 usage, 65 malformed input data, 66 input not found, 73 cannot create a file.",
        subcommands: [
            PlayCommand.self, ResumeCommand.self, ReplayCommand.self, DebriefCommand.self, TeamCommand.self, VerifyCommand.self,
            ScenarioCommand.self, CalcCommand.self, SparCommand.self, BenchCommand.self,
        ]
    )

    /// ArgumentParser's own main, with the standard streams made safe first and a failed standard
    /// output reported (74) instead of passing for success.
    static func main() {
        StandardStreams.prepare()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as TranscriptWriter.WriteFailed {
            // Mid-session (a full disk): the turns before are whole on disk and can be resumed.
            StandardStreams.writeError(
                "error: \(failure.description); the session up to its last whole turn is saved: kata resume \(failure.path)\n")
            exit(withError: ExitStatus.ioError)
        } catch {
            exit(withError: error)
        }
        if StandardStreams.outputFailed {
            StandardStreams.writeError("kata: cannot write to standard output: \(String(cString: strerror(errno)))\n")
            exit(withError: ExitStatus.ioError)
        }
    }
}
