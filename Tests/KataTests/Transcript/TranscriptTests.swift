import Foundation
@testable import KataEngine
@testable import KataLanguage
@testable import KataScenario
@testable import KataTranscript
import Testing

@Suite struct TranscriptTests {
    static let examples = ShippedScenarioTests.folder.deletingLastPathComponent().appendingPathComponent("transcripts/examples")

    @Test(arguments: ["carrefour-strong", "carrefour-weak", "walmart-edlp"])
    func everySampleVerifiesAgainstTheEngine(name: String) throws {
        let path = Self.examples.appendingPathComponent("\(name).jsonl").path
        let file = try TranscriptFile.read(path)
        let scenarioPath = ShippedScenarioTests.folder.appendingPathComponent("\(file.header.scenario.id).yaml").path
        let data = try #require(FileManager.default.contents(atPath: scenarioPath))
        let scenario = try ScenarioLoader.load(path: scenarioPath).scenario
        #expect(TranscriptVerifier.verify(path: path, scenario: scenario, scenarioData: data) == .verified)
        #expect(file.isFinished)
    }

    @Test func theWriterSealsEveryLineAndTheReaderChecksTheChain() throws {
        let scenario = EngineFixture.scenario()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kata-\(UUID().uuidString).jsonl").path
        let header = TranscriptHeader(
            scenario: .init(id: "engine", path: "-", sha256: "-"), seed: 1, trainee: "t", language: .zh,
            started: "2026-01-01T00:00:00Z")
        let writer = try TranscriptWriter(creating: path, header: header)
        var (state, events) = Session.start(scenario, seed: 1)
        try writer.write(events, scenario: scenario)
        events = Session.reduce(into: &state, .offer(("rebate", 5)))
        try writer.write(events, scenario: scenario, text: "返利5个点")
        try writer.writeCalc("calc rebate=6", round: state.round)
        let file = try TranscriptFile.read(path)
        #expect(file.header == header)
        #expect(file.lines.map(\.seq) == Array(1...file.lines.count))
        #expect(file.lines.first { $0.type == "move" }?.text == "返利5个点")
        #expect(file.calcRounds == [2])
        #expect(file.moves().map(\.move) == [.offer(("rebate", 5))])
        // the start time is outside the chain: a copy with another time still reads
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "2026-01-01T00:00:00Z", with: "2027-05-05T05:05:05Z").write(
            toFile: path, atomically: true, encoding: .utf8)
        #expect(try TranscriptFile.read(path).header.started == "2027-05-05T05:05:05Z")
        // anything else breaks it at its line
        try text.replacingOccurrences(of: "返利5个点", with: "返利6个点").write(toFile: path, atomically: true, encoding: .utf8)
        #expect {
            _ = try TranscriptFile.read(path)
        } throws: { error in
            if case .brokenChain(_, let line) = error as? TranscriptFile.Problem { return line == 4 }
            return false
        }
    }

    /// A file's lines sealed again from the start, as anyone holding it can (the chain is unkeyed).
    static func rechained(_ file: TranscriptFile) throws -> String {
        var (out, previous) = try HashChain.seal(file.header, previous: "")
        out += "\n"
        for line in file.lines {
            let sealed = try HashChain.seal(line, previous: previous)
            out += sealed.line + "\n"
            previous = sealed.hash
        }
        return out
    }

    /// Issue 10 part 6: a calc note is scored, so the re-run checks it: in the round it sits in, and a
    /// calc. A note moved to another round verifies no more even with the chain recomputed.
    @Test func aCalcNoteIsPartOfTheReplay() throws {
        let scenarioPath = ShippedScenarioTests.folder.appendingPathComponent("tutorial.yaml").path
        let data = try #require(FileManager.default.contents(atPath: scenarioPath))
        let scenario = try ScenarioLoader.load(path: scenarioPath).scenario
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kata-\(UUID().uuidString).jsonl").path
        let header = TranscriptHeader(
            scenario: .init(id: scenario.id, path: scenarioPath, sha256: HashChain.fingerprint(data)), seed: 1, trainee: "t",
            language: .en, started: "2026-01-01T00:00:00Z")
        let writer = try TranscriptWriter(creating: path, header: header)
        var (state, events) = Session.start(scenario, seed: 1)
        try writer.write(events, scenario: scenario)
        for move in [Move.hold, .hold] {
            try writer.writeCalc("calc", round: state.round)
            events = Session.reduce(into: &state, move)
            try writer.write(events, scenario: scenario, text: "hold")
        }
        #expect(TranscriptVerifier.verify(path: path, scenario: scenario, scenarioData: data) == .verified)
        var file = try TranscriptFile.read(path)
        let note = try #require(file.lines.lastIndex { $0.type == "calc" })
        for forged in [(round: 0, text: "calc"), (round: 1, text: "offer everything")] {
            var copy = file
            copy.lines[note].round = forged.round
            copy.lines[note].text = forged.text
            try Self.rechained(copy).write(toFile: path, atomically: true, encoding: .utf8)
            guard case .differs(let line, _, _) = TranscriptVerifier.verify(path: path, scenario: scenario, scenarioData: data)
            else {
                Issue.record("a forged calc note \(forged) verified")
                continue
            }
            #expect(line == note + 2)
        }
        file.lines[note].round = 1
        try Self.rechained(file).write(toFile: path, atomically: true, encoding: .utf8)
        #expect(TranscriptVerifier.verify(path: path, scenario: scenario, scenarioData: data) == .verified)
    }
}
