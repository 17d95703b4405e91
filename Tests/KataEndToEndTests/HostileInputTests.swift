import Foundation
import Testing

/// Issue 10 parts 4–6: input a hostile or unlucky user can give is bounded, reported where it is,
/// never echoed raw, and never makes the program read a file it was not given.
@Suite struct HostileInputTests {
    private static func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// Nine nested anchors, each used as a mapping key of the next: the composer compared whole
    /// expanded subtrees (minutes at depth 9).
    static let aliasKeyBomb: String = {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1..<10 {
            let previous = "*a\(level - 1)"
            lines.append("a\(level): &a\(level) { \(previous) : \(previous), k: [\(previous), \(previous), \(previous)] }")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test func anAliasUsedAsAKeyIsRefusedAtOnceWhereItIs() throws {
        let folder = try KataBinary.temporaryFolder()
        let path = try Self.write(Self.aliasKeyBomb, "bomb.yaml", in: folder)
        let started = Date()
        for command in [["scenario", "check", path], ["scenario", "show", path], ["calc", path, "rebate=1"]] {
            let result = try KataBinary.run(command)
            #expect(result.status != 0)
            #expect(result.error.contains("\(path):2:11: error: an alias cannot be a mapping key"), "\(result.error)")
        }
        #expect(Date().timeIntervalSince(started) < 20)
    }

    @Test func aliasesThatExpandTooFarAreRefused() throws {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1..<10 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        let folder = try KataBinary.temporaryFolder()
        let path = try Self.write(lines.joined(separator: "\n") + "\n", "laughs.yaml", in: folder)
        let result = try KataBinary.run(["scenario", "check", path])
        #expect(result.status == 1)
        #expect(result.error.contains("more than 100000 nodes once its aliases are expanded"), "\(result.error)")
    }

    @Test func aScenarioTooLargeOrWithAnOverlongLineIsRefusedWithItsSize() throws {
        let folder = try KataBinary.temporaryFolder()
        let large = try Self.write("kata: 1\nid: " + String(repeating: "x", count: 2_000_000) + "\n", "large.yaml", in: folder)
        let big = try KataBinary.run(["scenario", "check", large])
        #expect(big.status == 1 && big.error.contains("\(large):1:1: error: the file has 2000013 bytes"), "\(big.error)")
        #expect(big.error.utf8.count < 1_000)
        let long = try Self.write("kata: 1\n\nid: " + String(repeating: "y", count: 20_000) + "\n", "long.yaml", in: folder)
        let line = try KataBinary.run(["play", long, "--script", "/dev/null"])
        #expect(
            line.status == 65 && line.error.contains("\(long):3:1: error: this line has more than 16384 bytes"), "\(line.error)")
    }

    @Test func aLongValueIsCutAndControlCharactersAreEscapedInErrors() throws {
        let folder = try KataBinary.temporaryFolder()
        let value = String(repeating: "k", count: 10_000)
        let path = try Self.write("kata: 1\nlanguage: \(value)\nid: \"\\e[31mred\\a\"\n", "echo.yaml", in: folder)
        let result = try KataBinary.run(["scenario", "check", path])
        #expect(result.status == 1)
        #expect(result.error.contains("characters left out"), "\(result.error.prefix(500))")
        #expect(!result.error.contains(String(repeating: "k", count: 1_000)))
        #expect(!result.error.contains("\u{1B}") && !result.error.contains("\u{07}"))
    }

    @Test func bytesThatAreNotUTF8AreLocated() throws {
        let folder = try KataBinary.temporaryFolder()
        let url = folder.appendingPathComponent("latin1.yaml")
        try Data("kata: 1\ntitle: caf".utf8 + [0xE9] + Data("\n".utf8)).write(to: url)
        let result = try KataBinary.run(["scenario", "check", url.path])
        #expect(result.status == 1 && result.error.contains("\(url.path):2:11: error: byte 19 is not UTF-8"), "\(result.error)")
    }

    /// A transcript whose recorded scenario path holds another file: nothing is read from there, so
    /// nothing of it is echoed; the error says to name the scenario.
    @Test func aTranscriptsScenarioPathIsUsedOnlyWithItsRecordedFingerprint() throws {
        let folder = try KataBinary.temporaryFolder()
        let shipped = try String(contentsOfFile: "Sources/kata/Resources/scenarios/tutorial.yaml", encoding: .utf8)
        let scenario = try Self.write(
            shipped.replacingOccurrences(of: "id: tutorial", with: "id: my-own-tutorial"), "mine.yaml", in: folder)
        let transcript = folder.appendingPathComponent("s.jsonl").path
        let moves = try Self.write("hold\n", "moves.txt", in: folder)
        #expect(try KataBinary.run(["play", scenario, "--seed", "1", "--script", moves, "--out", transcript]).status == 0)
        #expect(try KataBinary.run(["verify", transcript]).output.contains("ok"))
        // the file at the recorded path is now somebody's secret, not the scenario
        try "password: hunter2-SECRET\nkata: [\n".write(toFile: scenario, atomically: true, encoding: .utf8)
        for command in [["debrief", transcript], ["resume", transcript], ["verify", transcript]] {
            let result = try KataBinary.run(command)
            #expect(result.status != 0)
            #expect(!(result.output + result.error).contains("hunter2"), "\(command[0]) echoed the file")
            #expect((result.output + result.error).contains("--scenario FILE"), "\(result.output + result.error)")
        }
    }

    @Test func verifySaysWhatItProves() throws {
        let result = try KataBinary.run(["verify", "transcripts/examples/carrefour-weak.jsonl"])
        #expect(result.status == 0)
        #expect(result.output.contains("ok — replays consistently; unsigned: authorship not proven"), "\(result.output)")
    }

    @Test func controlCharactersInATraineesNameAndWordsAreEscapedOnScreen() throws {
        let folder = try KataBinary.temporaryFolder()
        let moves = try Self.write("rebate 10% please \u{1B}\u{07}\n", "moves.txt", in: folder)
        let transcript = folder.appendingPathComponent("s.jsonl").path
        let play = try KataBinary.run([
            "play", "carrefour-annual", "--seed", "1", "--trainee", "eve\u{1B}[2J", "--script", moves, "--out", transcript,
        ])
        #expect(play.status == 0)
        for command in [["debrief", transcript], ["replay", transcript], ["team", transcript]] {
            let result = try KataBinary.run(command, environment: ["NO_COLOR": "1"])
            #expect(!result.output.contains("\u{1B}") && !result.output.contains("\u{07}"), "\(command[0]) printed a raw escape")
            #expect(result.output.contains("eve\\u{1B}[2J"), "\(command[0]): \(result.output.prefix(300))")
        }
        let debrief = try KataBinary.run(["debrief", transcript, "--lang", "en"], environment: ["NO_COLOR": "1"])
        #expect(debrief.output.contains("rebate 10% please \\u{1B}\\u{7}"), "\(debrief.output)")
    }

    @Test func aTeamReportSkipsOversizedAndTamperedTranscriptsAndSaysWhy() throws {
        let folder = try KataBinary.temporaryFolder()
        let sample = try String(contentsOfFile: "transcripts/examples/carrefour-strong.jsonl", encoding: .utf8)
        try sample.write(to: folder.appendingPathComponent("good.jsonl"), atomically: true, encoding: .utf8)
        let tampered = sample.replacingOccurrences(of: "\"trainee\":\"strong-sample\"", with: "\"trainee\":\"mallory\"")
        try tampered.write(to: folder.appendingPathComponent("tampered.jsonl"), atomically: true, encoding: .utf8)
        let huge = folder.appendingPathComponent("huge.jsonl")
        FileManager.default.createFile(atPath: huge.path, contents: nil)
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 20 << 20)
        try handle.close()
        let result = try KataBinary.run(["team", folder.path])
        #expect(result.status == 0)
        #expect(result.output.contains("strong-sample") && !result.output.contains("mallory"))
        #expect(result.error.contains("tampered.jsonl:1: the hash chain is broken here"), "\(result.error)")
        #expect(result.error.contains("huge.jsonl: 20971520 bytes is too large for a transcript"), "\(result.error)")
        let verify = try KataBinary.run(["verify", huge.path])
        #expect(verify.status == 65 && verify.output.contains("too large"))
    }
}
