import ArgumentParser
import Foundation
import KataLanguage
import KataScenario
import KataTerms
import KataTranscript

/// `kata verify`: whether transcripts replay consistently — hash chain, scenario fingerprint, calc
/// notes in their rounds, and a re-run of every move that must give back every buyer event and the
/// outcome. It cannot prove who played: the chain is unkeyed (signatures come from a class server).
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that transcripts replay consistently: hash chain, scenario, and a re-run of every move.",
        discussion: "Exit 0 when all verify, 1 when one does not, 65 when one is not a transcript, 66 when one is missing.")

    @Argument(help: "Transcripts to verify.") var transcripts: [String]
    @Option(help: "The scenario file, when it moved since the session was recorded (its SHA-256 must still match).") var scenario:
        String?

    func validate() throws {
        if transcripts.isEmpty { throw ValidationError("name at least one transcript to verify") }
    }

    func run() throws {
        var status: Int32 = 0
        let style = Style.current
        for path in transcripts {
            let file: TranscriptFile
            do throws(TranscriptFile.Problem) {
                file = try TranscriptFile.read(path)
            } catch {
                switch error {
                case .notFound: status = max(status, ExitStatus.noInput.rawValue)
                case .brokenChain: status = max(status, ExitStatus.checkFailed.rawValue)
                default: status = max(status, ExitStatus.dataError.rawValue)
                }
                print("\(path): \(style.red("FAILED")) \(error.description)")
                continue
            }
            guard let scenarioPath = recordedScenarioPath(file, override: scenario),
                let data = ScenarioLibrary.contents(scenarioPath),
                let loaded = try? ScenarioLoader.load(path: scenarioPath).scenario
            else {
                let id = PrintableText.short(file.header.scenario.id, limit: 80)
                print(
                    "\(path): \(style.red("FAILED")) the scenario \(id) is not found (nor a file with its recorded SHA-256); point at it with --scenario FILE"
                )
                status = max(status, ExitStatus.noInput.rawValue)
                continue
            }
            switch TranscriptVerifier.verify(path: path, scenario: loaded, scenarioData: data) {
            case .verified:
                let note = file.tornTail ? " (an incomplete last line, cut off while it was written, was ignored)" : ""
                // What the check proves, and what it cannot: the chain is unkeyed, so whoever holds the
                // file can rewrite it consistently; only a class server's signature proves who played.
                print("\(path): \(style.green("ok")) — replays consistently; unsigned: authorship not proven\(note)")
            case .differs(let line, let recorded, let expected):
                print("\(path):\(line): \(style.red("differs")) from a re-run of the recorded moves")
                print("  recorded: \(recorded)")
                print("  expected: \(expected)")
                status = max(status, ExitStatus.checkFailed.rawValue)
            case .brokenChain(let line):
                print("\(path):\(line): \(style.red("the hash chain is broken here"))")
                status = max(status, ExitStatus.checkFailed.rawValue)
            case .scenarioChanged:
                print("\(path): \(style.red("FAILED")) recorded on another version of \(scenarioPath) (SHA-256 differs)")
                status = max(status, ExitStatus.checkFailed.rawValue)
            case .unreadable(let reason):
                print("\(path): \(style.red("FAILED")) \(reason)")
                status = max(status, ExitStatus.dataError.rawValue)
            }
        }
        if status != 0 { throw ExitCode(status) }
    }
}
