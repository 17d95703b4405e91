import Foundation

#if canImport(Glibc)
    import Glibc
#endif
import KataAnalysis
import KataEngine
import KataScenario

/// Appends a session to its transcript, one sealed line at a time, each written and flushed to disk
/// (fsync) before the next prompt, so a killed session loses nothing before its last turn.
public final class TranscriptWriter {
    public let path: String
    private let descriptor: Int32
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

    /// The transcript could not be created or written (a full disk, a read-only folder): which file,
    /// and the system's reason. What was written before stays whole: a turn is one write.
    public struct WriteFailed: Error, Sendable, CustomStringConvertible {
        public let path: String
        public let reason: String

        init(_ path: String, reason: String = String(cString: strerror(errno))) {
            self.path = path
            self.reason = reason
        }

        public var description: String { "cannot write the transcript \(path): \(reason)" }
    }

    /// Starts a new transcript at `path` with `header`; an existing file there is refused
    /// (`FileExists`) unless `replacing`. The file is created exclusively, so two sessions cannot
    /// take the same path.
    public init(creating path: String, header: TranscriptHeader, durable: Bool = true, replacing: Bool = false) throws {
        self.durable = durable
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
                throw WriteFailed(path, reason: "cannot create the folder \(folder)")
            }
        }
        descriptor = open(path, O_CREAT | O_WRONLY | O_APPEND | (replacing ? O_TRUNC : O_EXCL), 0o644)
        guard descriptor >= 0 else {
            if errno == EEXIST { throw FileExists(path: path) }
            throw WriteFailed(path)
        }
        self.path = path
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
        descriptor = open(path, O_WRONLY | O_APPEND)
        guard descriptor >= 0 else { throw WriteFailed(path) }
        previous = read.lastHash
        nextSeq = (read.lines.last?.seq ?? 0) + 1
        // A last line cut off while it was written is written over; one that lost only its line end
        // gets it back.
        guard ftruncate(descriptor, off_t(read.completeLength)) == 0 else { throw WriteFailed(path) }
        if read.lineEndMissing { try append("\n") }
    }

    deinit { close(descriptor) }

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

    private func append(_ text: String) throws(WriteFailed) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { throw WriteFailed(path) }
            bytes = bytes.dropFirst(written)
        }
        if durable && fsync(descriptor) != 0 { throw WriteFailed(path) }
    }
}
