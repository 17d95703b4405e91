import ArgumentParser
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
}
