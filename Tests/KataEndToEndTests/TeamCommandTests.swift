import Foundation
import Testing

/// `kata team` on the built binary.
@Suite struct TeamCommandTests {
    @Test func ranksTheSamplesAndListsTheMistakes() throws {
        let folder = try KataBinary.temporaryFolder()
        for name in ["carrefour-strong", "carrefour-weak", "walmart-edlp"] {
            try FileManager.default.copyItem(
                at: VerifyAndDebriefTests.examples.appendingPathComponent("\(name).jsonl"),
                to: folder.appendingPathComponent("\(name).jsonl"))
        }
        try "garbage\n".write(to: folder.appendingPathComponent("broken.jsonl"), atomically: true, encoding: .utf8)
        let result = try KataBinary.run(["team", folder.path, "--lang", "en"])
        #expect(result.status == 0, "\(result.error)")
        #expect(
            result.error.contains("skipped:") && result.error.contains("broken.jsonl"),
            "an unreadable transcript is reported and skipped")
        let rows = result.output.split(separator: "\n").map(String.init)
        let ranks = rows.filter { $0.hasPrefix("1 ") || $0.hasPrefix("2 ") || $0.hasPrefix("3 ") }
        #expect(ranks.count == 3)
        #expect(ranks.last?.contains("weak-sample") == true, "the weak session ranks last")
        #expect(result.output.contains("Most common mistakes"))
        #expect(result.output.contains("Average per score part"))

        let json = try KataBinary.run(["team", folder.path, "--json"])
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(summary["sessions"] as? Int == 3)
        #expect((summary["skipped"] as? [String])?.count == 1)
        let board = try #require(summary["leaderboard"] as? [[String: Any]])
        let scores = board.compactMap { $0["best"] as? Double }
        #expect(scores == scores.sorted(by: >))
        let mistakes = try #require(summary["mistakes"] as? [[String: Any]])
        #expect(mistakes.allSatisfy { ($0["count"] as? Int ?? 0) >= 1 && $0["example"] is String && $0["round"] is Int })
    }

    @Test func noTranscriptsIs66() throws {
        let folder = try KataBinary.temporaryFolder()
        #expect(try KataBinary.run(["team", folder.path]).status == 66)
    }
}
