import Foundation
import KataAnalysis
import KataEngine
import KataScenario
import KataTranscript

/// A session at its latest step, with the transcript it writes to and the scorecard kept as it goes:
/// a new one, one `resume` continues, or one `rewind` branches from an earlier round of the same
/// seeded session. Every one is rebuilt by the one replay.
struct Branch {
    var state: SessionState
    var events: [Event]
    var writer: TranscriptWriter
    var scorer: ScorecardBuilder

    /// A new session written to `writer` (its header already on disk).
    static func start(_ scenario: Scenario, seed: UInt64, writer: TranscriptWriter) throws -> Branch {
        try replay(scenario, seed: seed, moves: [], calcRounds: [], writer: writer, writing: true)
    }

    /// Re-runs the moves of `file` before `round` into a new transcript that names its parent.
    static func start(from file: TranscriptFile, parentPath: String, at round: Int, scenario: Scenario, scenarioPath: String)
        throws -> Branch
    {
        let header = TranscriptHeader(
            scenario: file.header.scenario, seed: file.header.seed, trainee: file.header.trainee,
            language: file.header.language, started: Transcripts.timestamp(),
            parent: .init(path: parentPath, round: round))
        let path = Transcripts.branchPath(of: parentPath, round: round)
        let writer = try TranscriptWriter(creating: path, header: header)
        return try replay(
            scenario, seed: file.header.seed, moves: file.moves(before: round), calcRounds: [], writer: writer, writing: true)
    }

    /// Re-runs every recorded move of `file` and continues writing to the same file.
    static func resume(_ file: TranscriptFile, at path: String, scenario: Scenario) throws -> Branch {
        let writer = try TranscriptWriter(continuing: file, at: path)
        return try replay(
            scenario, seed: file.header.seed, moves: file.moves(), calcRounds: file.calcRounds, writer: writer, writing: false)
    }

    private static func replay(
        _ scenario: Scenario, seed: UInt64, moves: [RecordedMove], calcRounds: Set<Int>, writer: TranscriptWriter, writing: Bool
    ) throws -> Branch {
        let context = SessionContext(scenario)
        var scorer = ScorecardBuilder(context: context, calcRounds: calcRounds)
        var events: [Event] = []
        let state = try Replay.run(context, seed: seed, moves: moves) { step in
            if writing { try writer.write(step.events, scenario: scenario, text: step.move?.text) }
            scorer.observe(step)
            events = step.events
        }
        return Branch(state: state, events: events, writer: writer, scorer: scorer)
    }
}

/// Where transcripts go and how they are named (DESIGN §8, §9).
enum Transcripts {
    /// `$KATA_TRANSCRIPTS`, else `./transcripts`.
    static var folder: String {
        ProcessInfo.processInfo.environment["KATA_TRANSCRIPTS"].flatMap { $0.isEmpty ? nil : $0 } ?? "transcripts"
    }

    /// UTC now, ISO 8601.
    static func timestamp(_ date: Date = Date()) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// `transcripts/<scenario>-<trainee>-<UTC timestamp>.jsonl`, made unique if taken.
    static func defaultPath(scenario: String, trainee: String, date: Date = Date()) -> String {
        let stamp = timestamp(date).replacingOccurrences(of: ":", with: "").replacingOccurrences(of: "-", with: "")
        let safe = String(trainee.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" })
        return unique((folder as NSString).appendingPathComponent("\(scenario)-\(safe)-\(stamp).jsonl"))
    }

    /// `<parent>-r<round>.jsonl` beside the parent, made unique if taken.
    static func branchPath(of parent: String, round: Int) -> String {
        let base = (parent as NSString).deletingPathExtension
        return unique("\(base)-r\(round).jsonl")
    }

    private static func unique(_ path: String) -> String {
        guard FileManager.default.fileExists(atPath: path) else { return path }
        let base = (path as NSString).deletingPathExtension
        var counter = 2
        while FileManager.default.fileExists(atPath: "\(base)-\(counter).jsonl") { counter += 1 }
        return "\(base)-\(counter).jsonl"
    }
}
