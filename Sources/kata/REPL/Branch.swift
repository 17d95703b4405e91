import Foundation
import KataEngine
import KataScenario
import KataTranscript

/// A session rebuilt from a transcript's recorded moves: how `resume` continues one, and how
/// `rewind` branches a new one from an earlier round of the same seeded session.
struct Branch {
    var state: SessionState
    var events: [Event]
    var writer: TranscriptWriter

    /// Re-runs the moves of `file` before `round` into a new transcript that names its parent.
    static func start(from file: TranscriptFile, parentPath: String, at round: Int, scenario: Scenario, scenarioPath: String) throws -> Branch {
        let header = TranscriptHeader(
            scenario: file.header.scenario, seed: file.header.seed, trainee: file.header.trainee,
            language: file.header.language, started: Transcripts.timestamp(),
            parent: .init(path: parentPath, round: round))
        let path = Transcripts.branchPath(of: parentPath, round: round)
        let writer = try TranscriptWriter(creating: path, header: header)
        var (state, events) = Session.start(scenario, seed: file.header.seed)
        try writer.write(events, scenario: scenario)
        for recorded in file.moves(before: round) {
            let played = Session.reduce(into: &state, recorded.move, eager: recorded.eager)
            try writer.write(played, scenario: scenario, text: recorded.text)
            events = played
        }
        return Branch(state: state, events: events, writer: writer)
    }

    /// Re-runs every recorded move of `file` and continues writing to the same file.
    static func resume(_ file: TranscriptFile, at path: String, scenario: Scenario) throws -> Branch {
        var (state, events) = Session.start(scenario, seed: file.header.seed)
        for recorded in file.moves() {
            events = Session.reduce(into: &state, recorded.move, eager: recorded.eager)
        }
        return Branch(state: state, events: events, writer: try TranscriptWriter(continuing: file, at: path))
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
