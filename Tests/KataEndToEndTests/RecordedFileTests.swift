import Foundation
import Testing

/// Issue 10 part 5: a recorded session is never replaced by accident, and files written on Windows
/// (CRLF line ends) read line by line.
@Suite struct RecordedFileTests {
    @Test func anExistingTranscriptIsRefusedUnlessForced() throws {
        let folder = try KataBinary.temporaryFolder()
        let moves = folder.appendingPathComponent("moves.txt")
        try "offer rebate 5%\nhold\n".write(to: moves, atomically: true, encoding: .utf8)
        let path = folder.appendingPathComponent("s.jsonl").path
        let play = ["play", "tutorial", "--seed", "1", "--script", moves.path, "--out", path]
        #expect(try KataBinary.run(play).status == 0)
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
}
