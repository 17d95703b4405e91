import ArgumentParser
import Foundation
import KataEngine
import KataScenario
import KataTerms
import KataTranscript

/// `kata bench`: the figures of DESIGN §10, measured on this machine. Build with `-c release` for
/// figures worth reporting.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure KATA's speed figures (DESIGN §10) on this machine; use a release build.")

    @Option(help: "Scenario for the session figures.") var scenario = ScenarioLibrary.defaultID
    @Option(help: "Seconds to spend on each figure.") var seconds = 3.0
    @Flag(help: "Print JSON for machines.") var json = false
    @Option(help: "Transcripts for the `kata team` figure (0 to skip it).") var teamSize = 10_000

    func validate() throws {
        guard seconds > 0, seconds <= 600 else { throw ValidationError("--seconds must be above 0 and at most 600") }
        guard teamSize >= 0, teamSize <= 1_000_000 else { throw ValidationError("--team-size must be from 0 to 1,000,000") }
    }

    func run() throws {
        let loaded = try loadScenario(scenario)
        let context = SessionContext(loaded.scenario)
        var figures: [BenchFigure] = []
        for bot in [BotKind.giveGet, .linear] {
            figures.append(sessionsPerSecond(context, bot: bot))
        }
        figures += try replyTimes(context)
        if let prompt = try firstPrompt() { figures.append(prompt) }
        if teamSize > 0 { figures += try teamFigures(context) }
        if json {
            try printJSON(figures)
        } else {
            var table = TextTable(header: ["figure", "value", "target", "detail"], alignments: [.left, .right, .right, .left])
            for figure in figures {
                let higherIsBetter = figure.unit == "/s"
                let target =
                    figure.target.map { (higherIsBetter ? "≥ " : "≤ ") + Format.number($0, decimals: 2) + " " + figure.unit }
                    ?? "—"
                let value =
                    (higherIsBetter ? Format.money(figure.value) : Format.number(figure.value, decimals: 3)) + " " + figure.unit
                let met = figure.target.map { higherIsBetter ? figure.value >= $0 : figure.value <= $0 } ?? true
                table.add([
                    .init(figure.name), .init(value, shown: met ? Style.current.green(value) : Style.current.red(value)),
                    .init(target), .init(figure.detail),
                ])
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
            detail:
                "\(sessions) sessions, \(Format.number(Double(rounds) / Double(max(1, sessions)), decimals: 1)) rounds each, \(context.scenario.id), \(ProcessInfo.processInfo.activeProcessorCount) cores"
        )
    }
}

extension BenchCommand {
    /// The median time the buyer takes to answer a move: the reducer alone, and a whole turn with
    /// the transcript line written and fsync'ed.
    fileprivate func replyTimes(_ context: SessionContext) throws -> [BenchFigure] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kata-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var engine: [Double] = []
        var turns: [Double] = []
        let deadline = Date().addingTimeInterval(seconds)
        var session = 0
        while Date() < deadline && session < 200 {
            let header = TranscriptHeader(
                scenario: .init(id: context.scenario.id, path: "-", sha256: "-"), seed: UInt64(session),
                trainee: "bench", language: context.scenario.language, started: Transcripts.timestamp())
            let writer = try TranscriptWriter(creating: folder.appendingPathComponent("\(session).jsonl").path, header: header)
            var bot = BotKind.giveGet.makeBot()
            var (state, last) = Session.start(context, seed: UInt64(session))
            while !state.isOver {
                let move = bot.move(TraineeView(state), after: last)
                let start = DispatchTime.now().uptimeNanoseconds
                last = Session.reduce(into: &state, move)
                let reduced = DispatchTime.now().uptimeNanoseconds
                try writer.write(last, scenario: context.scenario, text: nil)
                let written = DispatchTime.now().uptimeNanoseconds
                engine.append(Double(reduced - start) / 1e6)
                turns.append(Double(written - start) / 1e6)
            }
            session += 1
        }
        func median(_ values: [Double]) -> Double { values.isEmpty ? 0 : values.sorted()[values.count / 2] }
        return [
            BenchFigure(
                name: "buyer reply (engine), median", value: median(engine), unit: "ms", target: 5,
                detail: "\(engine.count) replies, give-get bot, \(context.scenario.id)"),
            BenchFigure(
                name: "buyer reply with transcript fsync, median", value: median(turns), unit: "ms", target: 5,
                detail: "the line is on disk before the next prompt"),
        ]
    }

    /// Process start to the first prompt of `kata play` on a pipe (this binary, the default scenario).
    fileprivate func firstPrompt() throws -> BenchFigure? {
        let binary = ScenarioLibrary.executable
        guard FileManager.default.isExecutableFile(atPath: binary.path) else { return nil }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kata-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var times: [Double] = []
        for run in 0..<15 {
            let process = Process()
            process.executableURL = binary
            process.arguments = [
                "play", scenario, "--seed", "1", "--out", folder.appendingPathComponent("\(run).jsonl").path, "--lang", "en",
            ]
            var environment = ProcessInfo.processInfo.environment
            environment["NO_COLOR"] = "1"
            process.environment = environment
            let output = Pipe()
            let input = Pipe()
            process.standardOutput = output
            process.standardInput = input
            process.standardError = FileHandle.nullDevice
            let start = DispatchTime.now().uptimeNanoseconds
            try process.run()
            var seen = Data()
            while true {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                seen.append(chunk)
                if String(decoding: seen, as: UTF8.self).contains("] you> ") { break }
            }
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            try input.fileHandleForWriting.close()
            process.waitUntilExit()
        }
        let median = times.sorted()[times.count / 2]
        return BenchFigure(
            name: "kata play to first prompt, median", value: median, unit: "ms", target: 50,
            detail: "\(times.count) runs of this binary on a pipe, \(scenario)")
    }
}

extension BenchCommand {
    /// `kata team` over generated transcripts: time for `teamSize` of them, and peak memory for a
    /// tenth and for all (it must not grow with the count).
    fileprivate func teamFigures(_ context: SessionContext) throws -> [BenchFigure] {
        let binary = ScenarioLibrary.executable
        guard FileManager.default.isExecutableFile(atPath: binary.path), let path = try? ScenarioLibrary().resolve(scenario),
            let data = FileManager.default.contents(atPath: path)
        else { return [] }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kata-team-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let small = max(1, teamSize / 10)
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let fingerprint = HashChain.fingerprint(data)
        for count in [small, teamSize] {
            let folder = root.appendingPathComponent("\(count)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let bots = BotKind.allCases
            for index in 0..<count {
                let bot = bots[index % bots.count]
                let header = TranscriptHeader(
                    scenario: .init(id: context.scenario.id, path: absolute, sha256: fingerprint), seed: UInt64(index),
                    trainee: "trainee-\(index % 25)", language: context.scenario.language, started: Transcripts.timestamp())
                let writer = try TranscriptWriter(
                    creating: folder.appendingPathComponent("\(index).jsonl").path, header: header, durable: false)
                var pending: [Event] = []
                bot.play(context, seed: UInt64(index)) { pending.append($0) }
                try writer.write(pending, scenario: context.scenario, text: nil)
            }
        }
        func measure(_ count: Int) throws -> (seconds: Double, peak: Double) {
            let process = Process()
            process.executableURL = binary
            process.arguments = ["team", root.appendingPathComponent("\(count)").path, "--json"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            let start = DispatchTime.now().uptimeNanoseconds
            try process.run()
            // The high-water mark of its resident memory (VmHWM), read until it exits.
            var peak = 0.0
            let status = "/proc/\(process.processIdentifier)/status"
            while process.isRunning {
                if let text = try? String(contentsOfFile: status, encoding: .utf8),
                    let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
                    let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
                {
                    peak = max(peak, kilobytes / 1024)
                }
                usleep(2_000)
            }
            process.waitUntilExit()
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            return (seconds, peak)
        }
        let few = try measure(small)
        let many = try measure(teamSize)
        return [
            BenchFigure(
                name: "kata team over \(teamSize) transcripts", value: many.seconds, unit: "s", target: 5,
                detail: "generated bot sessions of \(context.scenario.id), re-scored from their moves"),
            BenchFigure(
                name: "kata team peak memory, \(small) transcripts", value: few.peak, unit: "MiB", target: nil,
                detail: "resident high-water mark (VmHWM)"),
            BenchFigure(
                name: "kata team peak memory, \(teamSize) transcripts", value: many.peak, unit: "MiB", target: nil,
                detail: "must not grow with the count: \(Format.number(many.peak - few.peak, decimals: 1)) MiB more"),
        ]
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
