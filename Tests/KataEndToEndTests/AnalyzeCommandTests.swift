import Foundation
import Testing

/// Issue 13 part 3: `kata scenario analyze` on the built binary.
@Suite struct AnalyzeCommandTests {
    @Test func theDefaultScenarioHasALawfulZOPAAndAFrontier() throws {
        let result = try KataBinary.run(["scenario", "analyze", "carrefour-annual", "--runs", "20", "--json"])
        #expect(result.status == 0, "\(result.error)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let analysis = try #require(object["analysis"] as? [String: Any])
        let frontier = try #require(analysis["frontier"] as? [[String: Double]])
        #expect(frontier.count > 100)
        // most utility for the buyer first: contribution rises along it
        let contributions = frontier.compactMap { $0["contribution"] }
        #expect(contributions == contributions.sorted())
        let nash = try #require(analysis["nash"] as? [String: Any])
        let package = try #require(nash["package"] as? [String: Double])
        #expect(package["anniversary_fee"] == 0 && (package["payment_days"] ?? 99) <= 60, "the Nash point is lawful")
        let difficulty = try #require(object["difficulty"] as? [[String: Any]])
        #expect(difficulty.count == 5)
        #expect(object["rating"] as? String != nil)
    }

    @Test func theTrapSaysWalkAwayInChinese() throws {
        let result = try KataBinary.run(["scenario", "analyze", "no-deal-trap", "--runs", "0"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("不存在合规的成交空间"))
        #expect(result.output.contains("帕累托前沿"))
    }

    @Test func anEnglishAnalysisWithItsPage() throws {
        let folder = try KataBinary.temporaryFolder()
        let page = folder.appendingPathComponent("analysis.html").path
        let result = try KataBinary.run(["scenario", "analyze", "tutorial", "--runs", "10", "--lang", "en", "--html", page])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("Nash bargaining point") && result.output.contains("Terms worth trading"))
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.contains("<svg") && !html.contains("<script"))
    }

    @Test func anUnknownScenarioIsNotFound() throws {
        let result = try KataBinary.run(["scenario", "analyze", "no-such-scenario"])
        #expect(result.status == 66)
    }
}
