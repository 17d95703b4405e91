import Foundation
import KataAnalysis
import KataEngine
import KataLanguage

/// A transcript read back from disk and checked: its header, its lines, and the first problem
/// found, with the line number it is on.
public struct TranscriptFile: Sendable {
    public var header: TranscriptHeader
    public var lines: [TranscriptLine]
    /// The hash of the last line, where a resumed session continues the chain.
    public var lastHash: String
    /// Bytes of the file up to the end of its last complete line: where a resumed session appends.
    public var completeLength: Int = 0
    /// A last line cut off while it was being written (a kill, a full disk), left out: the session
    /// ends where its last whole turn does. `resume` writes over it; `verify` says it was ignored.
    public var tornTail = false
    /// The last complete line lost only its line end: a resumed session puts it back first.
    public var lineEndMissing = false

    /// Why a transcript cannot be used, with the (1-based) line it is on.
    public enum Problem: Error, Sendable, CustomStringConvertible {
        case notFound(String)
        case unreadable(String)
        case malformed(path: String, line: Int, reason: String)
        case brokenChain(path: String, line: Int)
        case scenarioChanged(path: String, scenario: String)
        case tooLarge(path: String, bytes: Int)

        public var description: String {
            switch self {
            case .notFound(let path): "\(path): no such transcript"
            case .unreadable(let path): "\(path): cannot read the transcript"
            case .malformed(let path, let line, let reason): "\(path):\(line): not a KATA transcript line: \(reason)"
            case .brokenChain(let path, let line):
                "\(path):\(line): the hash chain is broken here: the transcript was changed after it was written"
            case .tooLarge(let path, let bytes):
                "\(path): \(bytes) bytes is too large for a transcript (at most \(TranscriptFile.maximumBytes); a session is a few kilobytes)"
            case .scenarioChanged(let path, let scenario):
                "\(path): the scenario \(scenario) has changed since this session was recorded (its SHA-256 differs)"
            }
        }
    }

    /// The largest transcript read, in bytes, and its longest line: a session of the most rounds any
    /// scenario allows is far smaller; a larger file is not a transcript and is not read into memory.
    public static let maximumBytes = 16 << 20
    public static let maximumLineBytes = 65_536

    /// The bytes of the file at `path`, after checking it exists and is not too large.
    private static func contents(_ path: String) throws(Problem) -> Data {
        guard FileManager.default.fileExists(atPath: path) else { throw .notFound(path) }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > maximumBytes { throw .tooLarge(path: path, bytes: size) }
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
        if data.count > maximumBytes { throw .tooLarge(path: path, bytes: data.count) }
        return data
    }

    /// The line at `number` is too long to be a transcript line.
    private static func checkLength(_ row: Range<Int>, path: String, line number: Int) throws(Problem) {
        if row.count > maximumLineBytes {
            throw .malformed(
                path: path, line: number,
                reason: "\(row.count) bytes is too long (a transcript line has at most \(maximumLineBytes))")
        }
    }

    /// Reads and checks the transcript at `path`: every line parses and the hash chain holds. A last
    /// line cut off while it was written (a kill, a full disk) is no error: the turn it belongs to is
    /// left out (`tornTail`), from the trainee's line that opened it, so a resumed session replays
    /// from its last whole turn.
    public static func read(_ path: String) throws(Problem) -> TranscriptFile {
        try read(try contents(path), path: path)
    }

    /// The same on bytes already read; `path` names them in problems.
    public static func read(_ data: Data, path: String) throws(Problem) -> TranscriptFile {
        if data.count > maximumBytes { throw .tooLarge(path: path, bytes: data.count) }
        // Rows as byte ranges, split at "\n" with a "\r" before it dropped (Windows line ends).
        var rows: [Range<Int>] = []
        var start = 0
        for index in data.indices where data[index] == 0x0A {
            rows.append(start..<(index > start && data[index - 1] == 0x0D ? index - 1 : index))
            start = index + 1
        }
        rows.append(start..<data.count)
        var previous = ""
        var header: TranscriptHeader?
        var lines: [TranscriptLine] = []
        // For each line kept: where its row starts in the file and the hash before it.
        var starts: [(offset: Int, previous: String)] = []
        let decoder = JSONDecoder()
        var tornTail = false
        for (offset, row) in rows.enumerated() where !row.isEmpty {
            let number = offset + 1
            try checkLength(row, path: path, line: number)
            let bytes = data.subdata(in: row)
            guard let object = try? JSONSerialization.jsonObject(with: bytes) as? [String: Any] else {
                // Only the very last line, without its line end, can have been cut off while written.
                if offset == rows.count - 1, header != nil {
                    tornTail = true
                    break
                }
                throw .malformed(path: path, line: number, reason: "not a JSON object")
            }
            guard let stated = object["hash"] as? String, let content = try? HashChain.content(object),
                HashChain.hash(previous: previous, content: content) == stated
            else { throw .brokenChain(path: path, line: number) }
            if header == nil {
                do { header = try decoder.decode(TranscriptHeader.self, from: bytes) } catch {
                    throw .malformed(path: path, line: number, reason: "the first line must be the transcript header")
                }
            } else {
                do { lines.append(try decoder.decode(TranscriptLine.self, from: bytes)) } catch {
                    throw .malformed(path: path, line: number, reason: "\(error)")
                }
                try check(lines[lines.count - 1], path: path, line: number)
                starts.append((row.lowerBound, previous))
            }
            previous = stated
        }
        guard let header else { throw .malformed(path: path, line: 1, reason: "the file is empty") }
        // A move is always followed by the buyer's side of its turn: a file ending on one was cut
        // between the two.
        if lines.last?.type == "move" { tornTail = true }
        var completeLength = data.count
        if tornTail {
            // The torn line's turn started at its trainee line (one write per turn): drop back to it.
            let opened = lines.lastIndex { $0.actor == .trainee } ?? lines.count
            if opened < lines.count {
                completeLength = starts[opened].offset
                previous = starts[opened].previous
                lines.removeSubrange(opened...)
            } else {
                completeLength = rows[rows.count - 1].lowerBound
            }
        }
        var file = TranscriptFile(header: header, lines: lines, lastHash: previous)
        file.completeLength = completeLength
        file.tornTail = tornTail
        file.lineEndMissing = completeLength > 0 && data[completeLength - 1] != 0x0A
        return file
    }

    /// A transcript's header and trainee lines only (moves, plans, refused moves, calc notes), with
    /// its hash chain checked on the lines' bytes: what a team report needs to re-score thousands of
    /// sessions quickly. `kata verify` is the full check (the re-run).
    public static func readMoves(_ path: String) throws(Problem) -> TranscriptFile {
        let data = try contents(path)
        let decoder = JSONDecoder()
        var header: TranscriptHeader?
        var lines: [TranscriptLine] = []
        // Rows found by byte search: only the header and the trainee's lines are decoded.
        let rows: [(range: Range<Int>, trainee: Bool)] = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return [] }
            var rows: [(Range<Int>, Bool)] = []
            var start = 0
            while start < raw.count {
                let rest = raw.count - start
                let end = memchr(base + start, 0x0A, rest).map { $0 - UnsafeMutableRawPointer(mutating: base) } ?? raw.count
                if end > start {
                    let row = base + start
                    let wanted = Self.markers.contains { Self.find($0, in: row, count: end - start) }
                    rows.append((start..<end, wanted))
                }
                start = end + 1
            }
            return rows
        }
        var previous = ""
        // Trainee lines up to the buyer's last reply: a turn cut off by a kill counts as not played.
        var whole = 0
        for (number, row) in rows.enumerated() {
            try checkLength(row.range, path: path, line: number + 1)
            let bytes = data.subdata(in: row.range)
            guard let stated = HashChain.verified(bytes, previous: previous) else {
                // Only the last line, without its line end, can have been cut off while written.
                if number == rows.count - 1, header != nil, data.last != 0x0A { break }
                throw .brokenChain(path: path, line: number + 1)
            }
            previous = stated
            if header == nil {
                do { header = try decoder.decode(TranscriptHeader.self, from: bytes) } catch {
                    throw .malformed(path: path, line: number + 1, reason: "the first line must be the transcript header")
                }
                continue
            }
            guard row.trainee else {
                whole = lines.count
                continue
            }
            do { lines.append(try decoder.decode(TranscriptLine.self, from: bytes)) } catch {
                throw .malformed(path: path, line: number + 1, reason: "\(error)")
            }
            try check(lines[lines.count - 1], path: path, line: number + 1)
        }
        guard let header else { throw .malformed(path: path, line: 1, reason: "the file is empty") }
        lines.removeSubrange(whole...)
        return TranscriptFile(header: header, lines: lines, lastHash: previous)
    }

    /// Rounds and sequence numbers a session can have (a session lasts at most its round limit).
    private static func check(_ line: TranscriptLine, path: String, line number: Int) throws(Problem) {
        guard (0...1_000_000).contains(line.round), (0...100_000_000).contains(line.seq) else {
            throw .malformed(path: path, line: number, reason: "round \(line.round) or seq \(line.seq) out of range")
        }
    }

    private static let markers = [Array("\"actor\":\"trainee\"".utf8), Array("\"type\":\"rejected\"".utf8)]

    /// Whether `marker` occurs in the `count` bytes at `bytes`.
    private static func find(_ marker: [UInt8], in bytes: UnsafeRawPointer, count: Int) -> Bool {
        guard let first = marker.first, marker.count <= count else { return false }
        var position = 0
        while position + marker.count <= count {
            guard let hit = memchr(bytes + position, Int32(first), count - position - marker.count + 1) else { return false }
            let offset = hit - UnsafeMutableRawPointer(mutating: bytes)
            let same = marker.withUnsafeBytes { pattern in
                pattern.baseAddress.map { memcmp(bytes + offset, $0, marker.count) == 0 } ?? false
            }
            if same { return true }
            position = offset + 1
        }
        return false
    }

    /// The trainee's moves, in order, as recorded (plans, moves and refused moves), up to round
    /// `before` (exclusive) when given — what `resume`, `replay` and `rewind` re-run.
    public func moves(before round: Int? = nil) -> [RecordedMove] {
        lines.compactMap { line in
            guard let recorded = line.recordedMove else { return nil }
            if let round, line.round >= round { return nil }
            return RecordedMove(recorded.move, eager: recorded.eager, text: line.text)
        }
    }

    /// The rounds whose move came after a `calc` by the trainee.
    public var calcRounds: Set<Int> {
        Set(lines.filter { $0.type == "calc" && $0.round < Int.max }.map { $0.round + 1 })
    }

    /// Whether the session ended (its last line is the outcome).
    public var isFinished: Bool { lines.last?.type == "outcome" }
}
