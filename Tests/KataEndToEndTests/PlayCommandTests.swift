import Foundation
import KataTerms
import KataTranscript
import Testing

/// `kata play`, `resume`, `replay` and rewinds on the built binary, driven by scripts.
@Suite struct PlayCommandTests {
    static let script = """
        plan 返利 11/12.5/13.5, DM 8/7/6
        你们最看重什么
        返利最多给11个点
        calc 返利=12
        blah blah
        如果给我们8档DM,返利可以到12个点
        拿出证据
        返利12.5个点,账期60天
        不行
        不行
        成交
        """

    static func play(_ script: String, seed: Int = 5, extra: [String] = [], in folder: URL) throws -> (
        result: KataBinary.Result, transcript: String
    ) {
        let scriptFile = folder.appendingPathComponent("moves-\(UUID().uuidString).txt")
        try script.write(to: scriptFile, atomically: true, encoding: .utf8)
        let transcript = folder.appendingPathComponent("session-\(UUID().uuidString).jsonl").path
        let result = try KataBinary.run(
            ["play", "--seed", String(seed), "--trainee", "小王", "--script", scriptFile.path, "--out", transcript] + extra)
        return (result, transcript)
    }

    /// The transcript's lines without the header's start time.
    static func comparable(_ path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map { line in
            String(line).replacingOccurrences(of: #""started":"[^"]*","#, with: "", options: .regularExpression)
        }
    }

    /// The plan hint comes from the scenario: typed as shown, it is a valid plan on every shipped one.
    @Test(arguments: ["carrefour-annual", "walmart-edlp", "suning-appliance", "no-deal-trap", "tutorial"])
    func thePlanHintIsAValidPlan(_ id: String) throws {
        let folder = try KataBinary.temporaryFolder()
        let (first, _) = try Self.play("", extra: [id], in: folder)
        let hint = try #require(
            first.output.split(separator: "\n").compactMap { line -> String? in
                guard let start = line.range(of: "plan ") ?? line.range(of: "计划 ") else { return nil }
                return String(line[start.lowerBound...]).components(separatedBy: CharacterSet(charactersIn: "(（")).first
            }.first)
        let (result, path) = try Self.play(hint, extra: [id], in: folder)
        #expect(result.status == 0, "\(result.error)")
        let file = try TranscriptFile.read(path)
        #expect(file.lines.contains { $0.type == "plan" }, "\(id): '\(hint)' was not recorded as a plan")
    }

    /// Closing in Chinese: citing the barred fee drops it; a final offer below the buyer's bottom line
    /// ends the meeting at once.
    @Test func citeAndFinalInChinese() throws {
        let folder = try KataBinary.temporaryFolder()
        let (result, path) = try Self.play("店庆费是违规收费,我们不能付\n最后报价", in: folder)
        #expect(result.status == 0, "\(result.error)")
        // a Chinese session echoes in Chinese
        #expect(result.output.contains("→ 援引法规 店庆费"))
        #expect(result.output.contains("→ 最后报价"))
        let file = try TranscriptFile.read(path)
        let cited = try #require(file.lines.first { $0.type == "cited" })
        #expect(cited.term == "anniversary_fee" && cited.value == 0)
        // a second-round ultimatum short of the buyer's ask is not believed: countered, the session goes on
        #expect(file.lines.last?.outcome == nil)
        let final = try #require(file.lines.firstIndex { $0.move == .final(terms: []) })
        #expect(file.lines[(final + 1)...].contains { $0.type == "demand" })
    }

    @Test func aScriptedSessionWritesAVerifiableTranscript() throws {
        let folder = try KataBinary.temporaryFolder()
        let (result, path) = try Self.play(Self.script, in: folder)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("[第1轮] 你> 你们最看重什么"), "scripted lines are echoed after the prompt")
        #expect(result.output.contains("→ 问优先级"), "a Chinese session echoes in Chinese")
        #expect(result.output.contains("没有听懂"), "unparsable text gets a hint")
        #expect(result.output.contains("第") && result.output.contains("轮成交"))
        let file = try TranscriptFile.read(path)
        #expect(file.header.seed == 5 && file.header.trainee == "小王" && file.header.scenario.id == "carrefour-annual")
        #expect(file.header.scenario.sha256.count == 64)
        #expect(file.lines.map(\.seq) == Array(1...file.lines.count))
        let outcome = try #require(file.lines.last?.outcome)
        #expect(outcome.ending == .deal)
        // the printed outcome shows the same package: the rebate the transcript records
        let rebate = try #require(outcome.package?["rebate"])
        #expect(result.output.contains("年度返利 (rebate)") && result.output.contains(Format.number(rebate) + "%"))
        // every trainee line keeps the raw text and the parsed move
        let moves = file.lines.filter { $0.type == "move" }
        #expect(moves.first?.text == "你们最看重什么")
        #expect(moves.first?.move == .ask(question: .priorities))
        #expect(file.lines.contains { $0.type == "plan" })
        #expect(
            !file.lines.contains { $0.text == "blah blah" }, "text that was not understood costs no round and is not recorded")
    }

    @Test func theSameScriptAndSeedGiveTheSameTranscript() throws {
        let folder = try KataBinary.temporaryFolder()
        let first = try Self.play(Self.script, in: folder)
        let second = try Self.play(Self.script, in: folder)
        #expect(try Self.comparable(first.transcript) == Self.comparable(second.transcript))
        let other = try Self.play(Self.script, seed: 6, in: folder)
        #expect(try Self.comparable(first.transcript) != Self.comparable(other.transcript))
    }

    @Test func aTamperedTranscriptIsRefused() throws {
        let folder = try KataBinary.temporaryFolder()
        let (_, path) = try Self.play("返利最多给11个点\n不行\n", in: folder)
        var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        lines[3] = lines[3].replacingOccurrences(of: "\"round\":1", with: "\"round\":2")
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let resumed = try KataBinary.run(["resume", path])
        #expect(resumed.status == 65)
        #expect(resumed.error.contains("\(path):4: the hash chain is broken here"))
        let replayed = try KataBinary.run(["replay", path])
        #expect(replayed.status == 65)
    }

    @Test func resumeContinuesInTheSameFileAsIfNeverInterrupted() throws {
        let folder = try KataBinary.temporaryFolder()
        let lines = Self.script.split(separator: "\n").map(String.init)
        let (first, path) = try Self.play(lines.prefix(6).joined(separator: "\n"), in: folder)
        #expect(first.status == 0)
        #expect(first.output.contains("kata resume \(path)"))
        let rest = folder.appendingPathComponent("rest.txt")
        try lines.dropFirst(6).joined(separator: "\n").write(to: rest, atomically: true, encoding: .utf8)
        let resumed = try KataBinary.run(["resume", path, "--script", rest.path])
        #expect(resumed.status == 0, "\(resumed.error)")
        #expect(resumed.output.contains("从第"))
        let whole = try Self.play(Self.script, in: folder)
        #expect(try Self.comparable(path) == Self.comparable(whole.transcript))
        let again = try KataBinary.run(["resume", path])
        #expect(again.status == 65, "a finished session is not resumed")
    }

    @Test func resumeRefusesAChangedScenario() throws {
        let folder = try KataBinary.temporaryFolder()
        let scenario = folder.appendingPathComponent("my-tutorial.yaml")
        let original = try String(
            contentsOf: KataBinary.packageRoot.appendingPathComponent("scenarios/tutorial.yaml"), encoding: .utf8)
        try original.replacingOccurrences(of: "id: tutorial", with: "id: my-tutorial").write(
            to: scenario, atomically: true, encoding: .utf8)
        let (result, path) = try Self.play("hold\n", extra: [scenario.path], in: folder)
        #expect(result.status == 0, "\(result.error)")
        try (original.replacingOccurrences(of: "id: tutorial", with: "id: my-tutorial") + "\n# changed\n").write(
            to: scenario, atomically: true, encoding: .utf8)
        let resumed = try KataBinary.run(["resume", path])
        #expect(resumed.status == 65)
        #expect(resumed.error.contains("has changed since this session was recorded"))
    }

    @Test func replayShowsTheSessionTurnByTurn() throws {
        let folder = try KataBinary.temporaryFolder()
        let (played, path) = try Self.play(Self.script, in: folder)
        let replayed = try KataBinary.run(["replay", path])
        #expect(replayed.status == 0, "\(replayed.error)")
        #expect(replayed.output.contains("[第3轮] 你> 如果给我们8档DM,返利可以到12个点"))
        // the buyer says the same things in the replay as in the session
        let buyerLines = { (output: String) in output.split(separator: "\n").filter { $0.hasPrefix("陈敏:") } }
        #expect(buyerLines(played.output) == buyerLines(replayed.output))
        #expect(try KataBinary.run(["replay", folder.appendingPathComponent("none.jsonl").path]).status == 66)
    }

    @Test func rewindBranchesFromAnEarlierRoundAgainstTheSameBuyer() throws {
        let folder = try KataBinary.temporaryFolder()
        let (result, path) = try Self.play("返利最多给11个点\n不行\n不行\nrewind 2\n返利12个点\n", in: folder)
        #expect(result.status == 0, "\(result.error)")
        let branchPath = path.replacingOccurrences(of: ".jsonl", with: "-r2.jsonl")
        let branch = try TranscriptFile.read(branchPath)
        #expect(branch.header.parent == .init(path: path, round: 2))
        let parent = try TranscriptFile.read(path)
        // round 1 is the same in both
        let roundOne = { (file: TranscriptFile) in
            file.lines.filter { $0.round <= 1 }.map { [$0.type, $0.line ?? "", $0.text ?? ""] }
        }
        #expect(roundOne(branch) == roundOne(parent))
        #expect(branch.lines.contains { $0.text == "返利12个点" })
        // the same branch from the command line
        let fromCommand = try KataBinary.run(["play", "--from", path, "--at", "2", "--script", "/dev/null"])
        #expect(fromCommand.status == 0, "\(fromCommand.error)")
    }

    @Test func aBotCanPlayTheTraineesSide() throws {
        let folder = try KataBinary.temporaryFolder()
        let path = folder.appendingPathComponent("bot.jsonl").path
        let result = try KataBinary.run(["play", "tutorial", "--bot", "give-get", "--seed", "3", "--out", path])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("you> ask priorities"))
        let file = try TranscriptFile.read(path)
        #expect(file.isFinished)
    }

    @Test func theFirstCommandOfTheReadmePlaysTheDefaultScenario() throws {
        let folder = try KataBinary.temporaryFolder()
        let result = try KataBinary.run(
            ["play"], in: folder, environment: ["KATA_TRANSCRIPTS": folder.path], input: "返利最多给11个点\nquit\n")
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("carrefour-annual"))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".jsonl") }
        #expect(files.count == 1)
        #expect(files.first?.hasPrefix("carrefour-annual-") == true)
    }

    @Test func unknownOptionIsAUsageError() throws {
        #expect(try KataBinary.run(["play", "--no-such-flag"]).status == 64)
        #expect(try KataBinary.run(["play", "--bot", "shark"]).status == 64)
        #expect(try KataBinary.run(["play", "--from", "x.jsonl"]).status == 64)
    }

    @Test func scriptThatDoesNotExistIs66() throws {
        let result = try KataBinary.run(["play", "--script", "/nonexistent/moves.txt"])
        #expect(result.status == 66)
    }
}
