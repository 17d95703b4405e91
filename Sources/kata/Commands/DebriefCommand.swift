import ArgumentParser
import Foundation
import KataAnalysis
import KataEngine
import KataScenario
import KataTranscript

/// `kata debrief`: a recorded session scored and explained, turn by turn.
struct DebriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "debrief",
        abstract: "Score a recorded session and explain it turn by turn.")

    @Argument(help: "The transcript to debrief.") var transcript: String
    @Flag(help: "Print JSON for machines.") var json = false
    @Option(help: "Also write the report as one self-contained HTML file (SVG charts, no scripts).") var html: String?
    @OptionGroup var language: LanguageOption

    func run() throws {
        let file = try readTranscript(transcript)
        let (scenario, _) = try loadRecordedScenario(file, rescoring: transcript)
        let debrief = Debrief(
            SessionContext(scenario), seed: file.header.seed, moves: file.moves(), calcRounds: file.calcRounds,
            recordedScore: file.lines.last?.outcome?.score,
            ghost: GhostCache.ghost(for: scenario, sha256: file.header.scenario.sha256))
        let report = DebriefReport(file: file, scenario: scenario, debrief: debrief)
        let text = language.lang.map(UIText.init) ?? UIText(language: file.header.language)
        if let html {
            try HTMLPage.write(report.html(text: text), to: html)
        }
        if json {
            try printJSON(report)
        } else {
            print(report.render(text: text, style: .current))
        }
    }
}

/// The ghost benchmark's bot sessions, computed once per scenario version (its SHA-256), engine
/// version and scoring version, and kept in `$XDG_CACHE_HOME/kata` (or `~/.cache/kata`); recomputed
/// when the cache cannot be read or written.
enum GhostCache {
    static func ghost(for scenario: Scenario, sha256: String) -> Ghost {
        let environment = ProcessInfo.processInfo.environment
        let base =
            environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (NSHomeDirectory() as NSString).appendingPathComponent(".cache")
        let folder = (base as NSString).appendingPathComponent("kata")
        let path = (folder as NSString).appendingPathComponent(
            "ghost-\(sha256)-\(TranscriptHeader.engineVersion)-\(Scorecard.version).json"
                .replacingOccurrences(of: " ", with: "_"))
        if let data = FileManager.default.contents(atPath: path), let cached = try? JSONDecoder().decode(Ghost.self, from: data) {
            return cached
        }
        let ghost = DealBenchmark.ghost(SessionContext(scenario))
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if let data = try? JSONEncoder().encode(ghost) { _ = FileManager.default.createFile(atPath: path, contents: data) }
        return ghost
    }
}
