import Foundation
import Testing

/// `kata spar` and `kata bench` on the built binary.
@Suite struct SparCommandTests {
    @Test func sparPrintsOneRowPerBotAndTheTactics() throws {
        let result = try KataBinary.run(["spar", "tutorial", "--runs", "30", "--lang", "en"])
        #expect(result.status == 0, "\(result.error)")
        for bot in ["pushover", "anchor-and-hold", "linear", "tit-for-tat", "give-get"] {
            #expect(result.output.contains("\n\(bot) "), "missing \(bot)")
        }
        #expect(result.output.contains("first_offer_flinch"))
        #expect(result.output.contains("30 sessions per bot"))
        #expect(result.error.isEmpty, "no progress bar when standard error is not a terminal")
    }

    @Test func sparJSONIsReproducibleAndComplete() throws {
        let first = try KataBinary.run([
            "spar", "carrefour-annual", "--bot", "give-get", "--runs", "25", "--seed", "11", "--json",
        ])
        let second = try KataBinary.run([
            "spar", "carrefour-annual", "--bot", "give-get", "--runs", "25", "--seed", "11", "--json",
        ])
        #expect(first.status == 0)
        #expect(first.output == second.output)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(first.output.utf8)) as? [String: Any])
        let bots = try #require(report["bots"] as? [[String: Any]])
        #expect(bots.count == 1)
        #expect(bots[0]["bot"] as? String == "give-get")
        #expect(bots[0]["sessions"] as? Int == 25)
        let endings = try #require(bots[0]["endings"] as? [String: Int])
        #expect(endings.values.reduce(0, +) == 25)
        #expect((bots[0]["tactics"] as? [[String: Any]])?.isEmpty == false)
        // what a strategy is worth: expected contribution with no-deals as 0 is the deals' mean contribution × deal rate
        let deals = try #require(bots[0]["deals"] as? Int)
        let expected = try #require(bots[0]["expected_contribution"] as? Double)
        #expect(deals == 0 ? expected == 0 : expected > 0)
        if deals > 0 { #expect(bots[0]["margin_mean"] as? Double != nil && bots[0]["margin_deviation"] as? Double != nil) }
        let other = try KataBinary.run([
            "spar", "carrefour-annual", "--bot", "give-get", "--runs", "25", "--seed", "12", "--json",
        ])
        #expect(other.output != first.output, "another seed plays other sessions")
    }

    /// Every session is scored as its debrief would be: a pushover, which signs beyond the company's
    /// limits, scores far below the disciplined give-get bot.
    @Test func sparScoresEverySession() throws {
        let result = try KataBinary.run([
            "spar", "carrefour-annual", "--bot", "all", "--runs", "20", "--json",
        ])
        #expect(result.status == 0, "\(result.error)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let bots = try #require(report["bots"] as? [[String: Any]])
        var scores: [String: Double] = [:]
        for bot in bots {
            let score = try #require(bot["mean_score"] as? Double)
            #expect((0...100).contains(score))
            scores[bot["bot"] as? String ?? ""] = score
        }
        #expect(try #require(scores["give-get"]) > #require(scores["pushover"]) + 20)
    }

    @Test func unknownBotIsAUsageError() throws {
        let result = try KataBinary.run(["spar", "tutorial", "--bot", "shark"])
        #expect(result.status == 64)
        #expect(result.error.contains("unknown bot 'shark'"))
    }

    @Test func benchReportsSessionsPerSecond() throws {
        let result = try KataBinary.run(["bench", "--seconds", "0.2", "--team-size", "40", "--json"])
        #expect(result.status == 0, "\(result.error)")
        let figures = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        let sessions = try #require(figures.first { ($0["name"] as? String)?.hasPrefix("bot sessions/s") == true })
        #expect((sessions["value"] as? Double ?? 0) > 0)
        #expect(sessions["target"] as? Double == 50_000)
        let names = figures.compactMap { $0["name"] as? String }
        #expect(names.contains("buyer reply (engine), median"))
        #expect(names.contains("buyer reply with transcript fsync, median"))
        #expect(names.contains("kata play to first prompt, median"))
        #expect(names.contains("kata team over 40 transcripts"))
        // every timing is measured (memory is read from /proc while the child runs, and may miss a very short run)
        #expect(figures.filter { $0["unit"] as? String != "MiB" }.allSatisfy { ($0["value"] as? Double ?? 0) > 0 })
    }
}
