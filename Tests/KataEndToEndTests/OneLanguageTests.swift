import Foundation
import Testing

/// Issue 12 part 5: a session speaks one language. A scripted Chinese session on the default
/// scenario prints no English word but what the scenario itself writes in Latin letters (DM, SKU),
/// the terms the trainee typed, the file paths and the shell commands it tells of.
@Suite struct OneLanguageTests {
    static let script = """
        计划 返利 11/12/13, DM档期 9/8/7
        帮助
        你好
        你们最看重什么
        返利最多给11个点
        账期75天我们不能接受
        店庆费是违规收费,我们不能付
        大润发才收我们10个点
        进场费降到8千
        返利涨半个点,DM加到8档
        返利可以到12个点,但是DM要9档
        返利=30
        你算错了
        最后报价
        """

    @Test func aChineseSessionPrintsNoEnglish() throws {
        let folder = try KataBinary.temporaryFolder()
        let (result, transcript) = try PlayCommandTests.play(Self.script, extra: ["carrefour-annual"], in: folder)
        #expect(result.status == 0, "\(result.error)")
        let scenario = try String(
            contentsOf: KataBinary.packageRoot.appendingPathComponent("Sources/kata/Resources/scenarios/carrefour-annual.yaml"),
            encoding: .utf8)
        // the scenario's own Latin words, and the words of the shell commands and paths shown
        let allowed = Set(
            Self.words(scenario) + Self.words(transcript) + [
                "kata", "resume", "replay", "debrief", "html", "jsonl", "Ctrl", "Tab",
            ])
        let stray = Set(Self.words(result.output)).subtracting(allowed)
        #expect(stray.isEmpty, "English in a Chinese session: \(stray.sorted())")
        #expect(result.output.contains("→ 问优先级"))
    }

    /// Runs of two or more Latin letters.
    static func words(_ text: String) -> [String] {
        text.split { !($0.isASCII && $0.isLetter) }.map(String.init).filter { $0.count >= 2 }
    }
}
