import ArgumentParser
import Foundation
import KataCore

/// `kata bench`: the figures of DESIGN §10, measured on this machine. Build with `-c release` for
/// figures worth reporting.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure KATA's speed figures (DESIGN §10) on this machine; use a release build.")

    @Option(help: "Scenario for the session figures.") var scenario = ScenarioLibrary.defaultID
    @Option(help: "Seconds to spend on each figure.") var seconds = 3.0
    @Flag(help: "Print JSON for machines.") var json = false

    func run() throws {
        let loaded = try loadScenario(scenario)
        let context = SessionContext(loaded.scenario)
        var figures: [BenchFigure] = []
        for bot in [BotKind.giveGet, .linear] {
            figures.append(sessionsPerSecond(context, bot: bot))
        }
        if json {
            try printJSON(figures)
        } else {
            var table = TextTable(header: ["figure", "value", "target", "detail"], alignments: [.left, .right, .right, .left])
            for figure in figures {
                let target = figure.target.map { "≥ \(Format.money($0))" } ?? "—"
                let value = Format.money(figure.value) + " " + figure.unit
                let met = figure.target.map { figure.value >= $0 } ?? true
                table.add([.init(figure.name), .init(value, shown: met ? Style.current.green(value) : Style.current.red(value)), .init(target), .init(figure.detail)])
            }
            print(table.render(style: .current))
        }
    }

    /// Complete bot sessions per second on one core.
    private func sessionsPerSecond(_ context: SessionContext, bot: BotKind) -> BenchFigure {
        var sessions = 0
        var rounds = 0
        let start = Date()
        while Date().timeIntervalSince(start) < seconds {
            for _ in 0..<500 {
                bot.play(context, seed: Spar.seed(7, session: sessions)) { event in
                    if case .ended(let outcome) = event.kind { rounds += outcome.rounds }
                }
                sessions += 1
            }
        }
        let elapsed = Date().timeIntervalSince(start)
        return BenchFigure(
            name: "bot sessions/s (\(bot.rawValue), one core)", value: Double(sessions) / elapsed, unit: "/s", target: 50_000,
            detail: "\(sessions) sessions, \(Format.number(Double(rounds) / Double(max(1, sessions)), decimals: 1)) rounds each, \(context.scenario.id), \(ProcessInfo.processInfo.activeProcessorCount) cores")
    }
}

/// One measured figure.
struct BenchFigure: Encodable {
    var name: String
    var value: Double
    var unit: String
    var target: Double?
    var detail: String
}
