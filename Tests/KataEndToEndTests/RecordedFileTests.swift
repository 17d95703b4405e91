import Foundation
import Testing

/// Issue 10 part 5: a recorded session is never replaced by accident, and files written on Windows
/// (CRLF line ends) read line by line.
@Suite struct RecordedFileTests {
    /// Plays `moves` as a script on `scenario` into a fresh folder: the folder, the script and the
    /// transcript's path.
    static func record(
        _ moves: String, scenario: String = "tutorial", seed: String = "1"
    ) throws -> (folder: URL, script: URL, path: String) {
        let folder = try KataBinary.temporaryFolder()
        let script = folder.appendingPathComponent("moves.txt")
        try moves.write(to: script, atomically: true, encoding: .utf8)
        let path = folder.appendingPathComponent("s.jsonl").path
        let result = try KataBinary.run(["play", scenario, "--seed", seed, "--script", script.path, "--out", path])
        #expect(result.status == 0, "\(result.error)")
        return (folder, script, path)
    }

    @Test func anExistingTranscriptIsRefusedUnlessForced() throws {
        let (_, moves, path) = try Self.record("offer rebate 5%\nhold\n")
        let recorded = try String(contentsOfFile: path, encoding: .utf8)
        let again = try KataBinary.run(["play", "tutorial", "--seed", "2", "--script", moves.path, "--out", path])
        #expect(again.status == 73)
        #expect(again.error.contains("already exists") && again.error.contains("--force"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == recorded, "the recorded session is untouched")
        let forced = try KataBinary.run(["play", "tutorial", "--seed", "2", "--script", moves.path, "--out", path, "--force"])
        #expect(forced.status == 0)
        #expect(try KataBinary.run(["verify", path]).status == 0)
    }

    @Test func windowsLineEndsReadLineByLine() throws {
        let folder = try KataBinary.temporaryFolder()
        let moves = folder.appendingPathComponent("moves.txt")
        try "offer rebate 5%\r\nhold\r\n".write(to: moves, atomically: true, encoding: .utf8)
        let path = folder.appendingPathComponent("s.jsonl").path
        let result = try KataBinary.run(["play", "tutorial", "--seed", "1", "--script", moves.path, "--out", path])
        #expect(result.output.contains("→ offer rebate=5%") && result.output.contains("→ hold"))
        // the same transcript saved with CRLF line ends still verifies
        let crlf = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "\n", with: "\r\n")
        let copy = folder.appendingPathComponent("crlf.jsonl").path
        try crlf.write(toFile: copy, atomically: true, encoding: .utf8)
        let verify = try KataBinary.run(["verify", copy])
        #expect(verify.status == 0, "\(verify.output)")
    }

    /// Issue 10 part 2: a transcript cut off while a turn was written (a kill, a full disk) is no
    /// dead end: `verify` says what it ignored, `resume` goes on from the last whole turn and the file
    /// verifies again.
    @Test(arguments: [40, 1])
    func aTornTurnIsLeftOutAndTheSessionGoesOn(cut: Int) throws {
        let (_, moves, path) = try Self.record("offer rebate 5%\nhold\n")
        // cut inside the last line (40 bytes), or just its line end, and after it nothing
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        try data.prefix(data.count - cut).write(to: URL(fileURLWithPath: path))
        let verify = try KataBinary.run(["verify", path])
        #expect(verify.status == 0, "\(verify.output)")
        if cut > 1 { #expect(verify.output.contains("was ignored")) }
        let resume = try KataBinary.run(["resume", path, "--script", moves.path])
        #expect(resume.status == 0, "\(resume.error)")
        let again = try KataBinary.run(["verify", path])
        #expect(again.status == 0 && !again.output.contains("ignored"), "\(again.output)")
    }

    /// A turn goes to the disk in one write: a file ending on a move without its reply is treated
    /// as cut there.
    @Test func aMoveWithoutItsReplyIsATornTurn() throws {
        let (_, _, path) = try Self.record("offer rebate 5%\nhold\n")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var rows = text.split(separator: "\n").map(String.init)
        let lastMove = try #require(rows.lastIndex { $0.contains("\"type\":\"move\"") })
        rows = Array(rows[...lastMove])
        try (rows.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let verify = try KataBinary.run(["verify", path])
        #expect(verify.status == 0 && verify.output.contains("was ignored"), "\(verify.output)")
    }
}

/// Issue 10 part 3: the debrief of an unfinished session keeps what the buyer hides hidden.
@Suite struct UnfinishedDebriefTests {
    @Test func anUnfinishedSessionsDebriefTellsNoBluffsNorLimits() throws {
        let folder = try KataBinary.temporaryFolder()
        let moves = folder.appendingPathComponent("moves.txt")
        try "offer rebate 10%\nhold\nhold\nhold\nhold\n".write(to: moves, atomically: true, encoding: .utf8)
        let path = folder.appendingPathComponent("s.jsonl").path
        #expect(
            try KataBinary.run(["play", "carrefour-annual", "--seed", "3", "--script", moves.path, "--out", path]).status == 0)
        // the session has a tactic in it, and is not over; the file the trainee holds says nothing
        // of whether claims were true nor of what each move gave the buyer
        let recorded = try String(contentsOfFile: path, encoding: .utf8)
        #expect(recorded.contains("\"type\":\"tactic\"") && !recorded.contains("\"type\":\"outcome\""))
        #expect(!recorded.contains("\"truthful\"") && !recorded.contains("\"gave\""))
        let text = try KataBinary.run(["debrief", path, "--lang", "en"])
        #expect(text.status == 0)
        #expect(text.output.contains("Not finished"))
        for secret in ["a bluff", "(true)", "walk-away (in its own utility)"] {
            #expect(!text.output.contains(secret), "the debrief tells \(secret)")
        }
        let json = try KataBinary.run(["debrief", path, "--json"])
        for secret in ["\"truthful\"", "\"buyer_pushed\"", "\"zopa_exists\""] {
            #expect(!json.output.contains(secret), "the JSON debrief tells \(secret)")
        }
    }
}

/// Issue 10 part 2: a write that fails mid-session (a full disk, a file-size limit) names the file and
/// the reason, exits 74, and leaves a transcript that verifies and resumes.
@Suite struct FailedWriteTests {
    @Test func aWriteFailureMidSessionIsReportedAndTheTurnsBeforeAreKept() throws {
        let folder = try KataBinary.temporaryFolder()
        let moves = folder.appendingPathComponent("moves.txt")
        try String(repeating: "hold\n", count: 30).write(to: moves, atomically: true, encoding: .utf8)
        let path = folder.appendingPathComponent("s.jsonl").path
        let kata = try #require(KataBinary.url).path
        // a file-size limit of 8 KiB: the session outgrows it after a few turns
        let limited = try KataBinary.run(
            [
                "-c", "ulimit -f 8; exec \"$0\" play carrefour-annual --seed 1 --script \"$1\" --out \"$2\"", kata, moves.path,
                path,
            ],
            executable: URL(fileURLWithPath: "/bin/sh"))
        #expect(limited.status == 74, "\(limited.error)")
        #expect(limited.error.contains("error: cannot write the transcript \(path): File too large"), "\(limited.error)")
        #expect(limited.error.contains("kata resume \(path)"))
        let verify = try KataBinary.run(["verify", path])
        #expect(verify.status == 0, "\(verify.output)")
        let resume = try KataBinary.run(["resume", path, "--script", moves.path])
        #expect(resume.status == 0, "\(resume.error)")
        #expect(try KataBinary.run(["verify", path]).output.contains(": ok"))
    }

    @Test func aTranscriptThatCannotBeCreatedSaysWhy() throws {
        let result = try KataBinary.run(["play", "carrefour-annual", "--script", "/dev/null", "--out", "/dev/full", "--force"])
        #expect(result.status == 73)
        #expect(result.error.contains("error: cannot write the transcript /dev/full: No space left on device"), "\(result.error)")
    }
}
