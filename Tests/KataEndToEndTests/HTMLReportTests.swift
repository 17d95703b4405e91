import Foundation
import Testing

/// The HTML debrief opened in headless Chromium (Debian's `chromium`, installed by `.ci/run`): the
/// charts must be in the rendered page, and the page must paint.
@Suite struct HTMLReportTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    static func runChromium(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium ?? "/usr/bin/chromium")
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test(
        .enabled(
            if: chromium != nil || ProcessInfo.processInfo.environment["CI"] != nil, "needs Debian's chromium (installed in CI)"))
    func theDebriefReportRendersItsCharts() throws {
        let folder = try KataBinary.temporaryFolder()
        let report = folder.appendingPathComponent("report.html")
        let transcript = VerifyAndDebriefTests.examples.appendingPathComponent("carrefour-strong.jsonl").path
        let result = try KataBinary.run(["debrief", transcript, "--html", report.path, "--lang", "en"])
        #expect(result.status == 0, "\(result.error)")
        let source = try String(contentsOf: report, encoding: .utf8)
        #expect(!source.contains("<script"), "no scripts")
        #expect(!source.contains("http://") || source.contains("http://www.w3.org/2000/svg"), "nothing from the network")

        let dom = try Self.runChromium(["--dump-dom", report.absoluteString])
        #expect(dom.contains("<svg id=\"scorecard\""))
        #expect(dom.contains("<svg id=\"targets\""))
        #expect(dom.components(separatedBy: "class=\"bar\"").count - 1 == 8 + 3, "eight score parts and three targets")
        // nine terms in carrefour-annual, two lines each
        #expect(dom.components(separatedBy: "<polyline").count - 1 == 18)

        let screenshot = folder.appendingPathComponent("report.png")
        _ = try Self.runChromium(["--screenshot=\(screenshot.path)", "--window-size=1000,1400", report.absoluteString])
        let png = try Data(contentsOf: screenshot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "a PNG")
        #expect(png.count > 20_000, "the page painted more than a blank sheet (\(png.count) bytes)")
    }

    @Test(
        .enabled(
            if: chromium != nil || ProcessInfo.processInfo.environment["CI"] != nil, "needs Debian's chromium (installed in CI)"))
    func theTeamReportPutsEveryDealOfAScenarioOnOneChart() throws {
        let folder = try KataBinary.temporaryFolder()
        let report = folder.appendingPathComponent("team.html")
        let result = try KataBinary.run(["team", VerifyAndDebriefTests.examples.path, "--html", report.path, "--lang", "en"])
        #expect(result.status == 0, "\(result.error)")
        let dom = try Self.runChromium(["--dump-dom", report.absoluteString])
        // carrefour-annual: the strong and the weak deal plus the buyer's opening; walmart-edlp: one deal plus the opening
        let carrefour = try #require(dom.range(of: "<svg id=\"deals-carrefour-annual\""))
        let walmart = try #require(dom.range(of: "<svg id=\"deals-walmart-edlp\""))
        #expect(dom[carrefour.lowerBound..<walmart.lowerBound].components(separatedBy: "<circle").count - 1 == 3)
        #expect(dom[walmart.lowerBound...].components(separatedBy: "<circle").count - 1 == 2)
        #expect(dom.contains("margin target") && dom.contains("buyer's opening"))
    }
}
