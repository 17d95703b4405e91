import Foundation
import Testing

/// `kata verify` and `kata debrief` on the built binary.
@Suite struct VerifyAndDebriefTests {
    static let examples = KataBinary.packageRoot.appendingPathComponent("transcripts/examples")

    static func copy(_ name: String) throws -> (path: String, lines: [String]) {
        let folder = try KataBinary.temporaryFolder()
        let path = folder.appendingPathComponent("\(name).jsonl").path
        let text = try String(contentsOf: examples.appendingPathComponent("\(name).jsonl"), encoding: .utf8)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return (path, text.split(separator: "\n").map(String.init))
    }

    static func write(_ lines: [String], to path: String) throws {
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test func theSamplesVerify() throws {
        let paths = ["carrefour-strong", "carrefour-weak", "walmart-edlp"].map {
            Self.examples.appendingPathComponent("\($0).jsonl").path
        }
        let result = try KataBinary.run(["verify"] + paths)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.split(separator: "\n").count == 3)
        #expect(
            result.output.split(separator: "\n").allSatisfy {
                $0.hasSuffix(": ok — replays consistently; unsigned: authorship not proven")
            })
    }

    @Test func anEditedBuyerLineFailsAtItsLine() throws {
        let (path, lines) = try Self.copy("carrefour-weak")
        var edited = lines
        let index = try #require(edited.firstIndex { $0.contains("\"actor\":\"buyer\"") })
        edited[index] = edited[index].replacingOccurrences(of: "\"line\":\"", with: "\"line\":\"好吧。")
        try Self.write(edited, to: path)
        let result = try KataBinary.run(["verify", path])
        #expect(result.status == 1)
        #expect(result.output.contains("\(path):\(index + 1): the hash chain is broken here"))
    }

    @Test func anEditedNumberInAMoveFailsAtItsLine() throws {
        let (path, lines) = try Self.copy("walmart-edlp")
        var edited = lines
        let index = try #require(edited.firstIndex { $0.contains("\"type\":\"move\"") && $0.contains("\"value\":") })
        edited[index] = edited[index].replacingOccurrences(of: "\"value\":", with: "\"value\":1")
        try Self.write(edited, to: path)
        let result = try KataBinary.run(["verify", path])
        #expect(result.status == 1)
        #expect(result.output.contains("\(path):\(index + 1):"))
    }

    @Test func anEditedScoreFailsAtTheOutcome() throws {
        let (path, lines) = try Self.copy("carrefour-strong")
        var edited = lines
        let last = edited.count - 1
        edited[last] = edited[last].replacingOccurrences(of: "\"margin\":", with: "\"margin\":3")
        try Self.write(edited, to: path)
        let result = try KataBinary.run(["verify", path])
        #expect(result.status == 1)
        #expect(result.output.contains("\(path):\(last + 1):"))
    }

    @Test func aDeletedLineFailsWhereItWas() throws {
        let (path, lines) = try Self.copy("carrefour-weak")
        var edited = lines
        edited.remove(at: 4)
        try Self.write(edited, to: path)
        let result = try KataBinary.run(["verify", path])
        #expect(result.status == 1)
        #expect(result.output.contains("\(path):5:"))
    }

    @Test func aMissingTranscriptIs66AndGarbageIs65() throws {
        #expect(try KataBinary.run(["verify", "/nonexistent.jsonl"]).status == 66)
        let folder = try KataBinary.temporaryFolder()
        let garbage = folder.appendingPathComponent("x.jsonl").path
        try "not json\n".write(toFile: garbage, atomically: true, encoding: .utf8)
        #expect(try KataBinary.run(["verify", garbage]).status == 65)
    }

    @Test func debriefScoresAndExplainsTheSession() throws {
        let path = Self.examples.appendingPathComponent("carrefour-weak.jsonl").path
        let result = try KataBinary.run(["debrief", path, "--lang", "en"])
        #expect(result.status == 0, "\(result.error)")
        for section in [
            "Score ", "Points lost", "The three moments that cost the most", "Timeline", "Positions per term",
            "beyond your own limits",
            "disciplined bot deals", "left on the table", "of the way from its opening to its walk-away",
        ] {
            #expect(result.output.contains(section), "missing \(section)")
        }
        let chinese = try KataBinary.run(["debrief", path])
        #expect(
            chinese.output.contains("没有计划") && chinese.output.contains("让步却没有要任何回报"),
            "lost points are explained in the UI's language")
        let json = try KataBinary.run(["debrief", path, "--json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let total = try #require(report["total"] as? Double)
        let card = try #require(report["scorecard"] as? [String: Any])
        let parts = try #require(card["parts"] as? [[String: Any]])
        #expect(abs(parts.compactMap { $0["points"] as? Double }.reduce(0, +) - total) < 1e-9)
        #expect((card["losses"] as? [[String: Any]])?.allSatisfy { $0["round"] is Int } == true)
        #expect((report["rounds"] as? [[String: Any]])?.count ?? 0 > 1)
    }

    @Test func aChangedScoringReScoresButAChangedBuyerIsRefused() throws {
        let folder = try KataBinary.temporaryFolder()
        let scenario = folder.appendingPathComponent("my-tutorial.yaml")
        let original = try String(
            contentsOf: KataBinary.packageRoot.appendingPathComponent("scenarios/tutorial.yaml"), encoding: .utf8
        )
        .replacingOccurrences(of: "id: tutorial", with: "id: my-tutorial")
        try original.write(to: scenario, atomically: true, encoding: .utf8)
        let (played, transcript) = try PlayCommandTests.play(
            "plan rebate 3/4/6\noffer rebate 5%\nno\ndeal\ndeal\n", seed: 3, extra: [scenario.path], in: folder)
        #expect(played.status == 0, "\(played.error)")
        try (original + "\nscoring: {preparation: 40}\n").write(to: scenario, atomically: true, encoding: .utf8)
        let rescored = try KataBinary.run(["debrief", transcript, "--lang", "en"])
        #expect(rescored.status == 0, "\(rescored.error)")
        #expect(rescored.output.contains("Re-scored under the scenario's current weights"))
        #expect(rescored.error.contains("re-scored under the file's current weights"))
        #expect(try KataBinary.run(["verify", transcript]).status == 1, "verify still insists on the recorded scenario")
        try original.replacingOccurrences(of: "patience: ", with: "patience: 1").write(
            to: scenario, atomically: true, encoding: .utf8)
        #expect(try KataBinary.run(["debrief", transcript]).status == 65)
    }
}
