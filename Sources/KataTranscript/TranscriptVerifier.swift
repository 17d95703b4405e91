import Foundation
import KataAnalysis
import KataEngine
import KataLanguage
import KataScenario

/// Whether a transcript is genuine: its hash chain holds, it was recorded on this very scenario
/// (SHA-256), and re-running its moves through the engine gives every buyer event and the outcome
/// exactly as recorded.
public enum TranscriptVerifier {
    public enum Verdict: Sendable, Equatable {
        case verified
        /// The first line (1-based) that differs from the re-run, as recorded and as expected.
        case differs(line: Int, recorded: String, expected: String)
        case brokenChain(line: Int)
        case scenarioChanged
        case unreadable(String)
    }

    /// With `ignoringScore`, the scenario file may differ from the recorded one and the scores are
    /// not compared: it checks that the buyer still replays the session exactly (a change to the
    /// scenario's `scoring:` alone), so the debrief may re-score it.
    public static func verify(path: String, scenario: Scenario, scenarioData: Data, ignoringScore: Bool = false) -> Verdict {
        let file: TranscriptFile
        do throws(TranscriptFile.Problem) { file = try TranscriptFile.read(path) } catch {
            if case .brokenChain(_, let line) = error { return .brokenChain(line: line) }
            return .unreadable(error.description)
        }
        guard ignoringScore || HashChain.fingerprint(scenarioData) == file.header.scenario.sha256 else { return .scenarioChanged }
        // The lines the engine writes, re-run from the recorded moves.
        let context = SessionContext(scenario)
        var builder = ScorecardBuilder(context: context, calcRounds: file.calcRounds)
        var steps: [(events: [Event], text: String?)] = []
        let state = Replay.run(context, seed: file.header.seed, moves: file.moves()) { step in
            builder.observe(step)
            steps.append((step.events, step.move?.text))
        }
        let scorecard = builder.finish(state)
        let expected = steps.flatMap { step in
            TranscriptLine.lines(for: step.events, scenario: scenario, from: 0, text: step.text, scorecard: scorecard)
        }
        // A calc note is the trainee's, not the engine's, but it is scored (checking the buyer's
        // figures): it must be in the round it sits in, and be a calc.
        for (offset, line) in file.lines.enumerated() where line.type == "calc" {
            let round = offset > 0 ? file.lines[offset - 1].round : 0
            let words = (line.text ?? "").split(separator: " ").first.map(String.init) ?? ""
            guard line.round == round, line.actor == .trainee, ["calc", "测算"].contains(words) else {
                return .differs(
                    line: offset + 2, recorded: render(line),
                    expected: "a trainee's calc note of round \(round), the round of the line before it")
            }
        }
        let recorded = file.lines.enumerated().filter { $0.element.type != "calc" }
        for (position, pair) in recorded.enumerated() {
            let number = pair.offset + 2
            guard pair.element.seq == pair.offset + 1 else {
                return .differs(line: number, recorded: "seq \(pair.element.seq)", expected: "seq \(pair.offset + 1)")
            }
            guard position < expected.count else {
                return .differs(
                    line: number, recorded: render(pair.element), expected: "(no such line: the session ended before)")
            }
            if comparable(pair.element, ignoringScore) != comparable(expected[position], ignoringScore) {
                return .differs(
                    line: number, recorded: render(pair.element), expected: render(withSeq(expected[position], pair.element.seq)))
            }
        }
        if recorded.count < expected.count {
            return .differs(
                line: file.lines.count + 2, recorded: "(the transcript ends here)", expected: render(expected[recorded.count]))
        }
        return .verified
    }

    /// How a transcript stands to its scenario file as the file is now.
    public enum ScenarioStanding: Sendable, Equatable {
        /// The very file it was recorded on (same SHA-256).
        case unchanged
        /// The file changed, but its buyer still replays the session exactly: only the scoring may
        /// differ, so the session may be re-scored under the file's current weights.
        case rescorable
        /// The file changed and its buyer no longer replays the session.
        case changed
    }

    /// Whether the transcript at `path` (recorded on `sha256`) can be read against `scenario` as
    /// loaded from `scenarioData` now.
    public static func standing(of path: String, recordedOn sha256: String, scenario: Scenario, scenarioData: Data)
        -> ScenarioStanding
    {
        if HashChain.fingerprint(scenarioData) == sha256 { return .unchanged }
        return verify(path: path, scenario: scenario, scenarioData: scenarioData, ignoringScore: true) == .verified
            ? .rescorable : .changed
    }

    private static func comparable(_ line: TranscriptLine, _ ignoringScore: Bool) -> TranscriptLine {
        var copy = withSeq(line, 0)
        if ignoringScore {
            copy.outcome?.score = nil
            copy.outcome?.scorecard = nil
        }
        return copy
    }

    private static func withSeq(_ line: TranscriptLine, _ seq: Int) -> TranscriptLine {
        var copy = line
        copy.seq = seq
        return copy
    }

    private static func render(_ line: TranscriptLine) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(line)).map { String(decoding: $0, as: UTF8.self) } ?? "\(line)"
    }
}
