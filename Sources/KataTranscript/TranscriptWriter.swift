import Foundation
import KataAnalysis
import KataEngine
import KataScenario

/// Appends a session to its transcript, one sealed line at a time, each written and flushed to disk
/// (fsync) before the next prompt, so a killed session loses nothing before its last turn.
public final class TranscriptWriter {
    public let path: String
    private let handle: FileHandle
    private var previous: String
    /// The next event's sequence number.
    public private(set) var nextSeq: Int

    /// Each line is flushed to the disk (fsync) before the call returns; off only for generating
    /// benchmark data.
    private let durable: Bool

    /// A transcript already exists where a new one was to be written: recorded sessions are never
    /// replaced unless asked to.
    public struct FileExists: Error, Sendable {
        public let path: String
    }

    /// Starts a new transcript at `path` with `header`; an existing file there is refused
    /// (`FileExists`) unless `replacing`. The file is created exclusively, so two sessions cannot
    /// take the same path.
    public init(creating path: String, header: TranscriptHeader, durable: Bool = true, replacing: Bool = false) throws {
        self.durable = durable
        let manager = FileManager.default
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try manager.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        let descriptor = open(path, O_CREAT | O_WRONLY | (replacing ? O_TRUNC : O_EXCL), 0o644)
        guard descriptor >= 0 else {
            if errno == EEXIST { throw FileExists(path: path) }
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        close(descriptor)
        self.path = path
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        previous = ""
        nextSeq = 1
        let (line, hash) = try HashChain.seal(header, previous: "")
        try append(line + "\n")
        previous = hash
    }

    /// Continues the transcript `read` from `path` (resume): after its last line, same chain.
    public init(continuing read: TranscriptFile, at path: String) throws {
        durable = true
        self.path = path
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        // A last line cut off while it was written is written over; one that lost only its line end
        // gets it back.
        try handle.truncate(atOffset: UInt64(read.completeLength))
        try handle.seekToEnd()
        if read.lineEndMissing { try handle.write(contentsOf: Data([0x0A])) }
        previous = read.lastHash
        nextSeq = (read.lines.last?.seq ?? 0) + 1
    }

    deinit { try? handle.close() }

    /// Writes the lines for `events` (the trainee's `text` with the move among them; the session's
    /// `scorecard` with its outcome).
    public func write(_ events: [Event], scenario: Scenario, text: String? = nil, scorecard: Scorecard? = nil) throws {
        try write(TranscriptLine.lines(for: events, scenario: scenario, from: nextSeq, text: text, scorecard: scorecard))
    }

    /// Records that the trainee ran `calc` (with its arguments) before the move of round `round`:
    /// the debrief counts checking the buyer's figures as a good answer.
    public func writeCalc(_ text: String, round: Int) throws {
        var line = TranscriptLine(seq: nextSeq, round: round, actor: .trainee, type: "calc")
        line.text = text
        try write([line])
    }

    /// Seals `lines` onto the chain and writes them in one write: a turn — the trainee's move and the
    /// buyer's reply — reaches the disk whole, so a kill cannot leave the move without its reply.
    private func write(_ lines: [TranscriptLine]) throws {
        var turn = ""
        var chained = previous
        for line in lines {
            let (json, hash) = try HashChain.seal(line, previous: chained)
            turn += json + "\n"
            chained = hash
        }
        guard !turn.isEmpty else { return }
        try append(turn)
        nextSeq += lines.count
        previous = chained
    }

    private func append(_ text: String) throws {
        try handle.write(contentsOf: Data(text.utf8))
        if durable { try handle.synchronize() }
    }
}
