import Foundation
import Testing

/// Issue 11 part 2: the expert-ranked corpus (`ExpertCorpus/ranking.md`). Each session is played
/// with the built `kata` from its script and debriefed as a trainer would; the scorecard must rank
/// the sessions as the expert did and name the expert's lesson first.
@Suite struct ExpertCorpusTests {
    struct Session {
        var rank: Int
        var name: String
        var scenario: String
        var seed: Int
        var lesson: String
        /// The rank the trainer gave it blind (from the replay, without scores).
        var blind: Int
        var why: String
    }

    struct Debriefed {
        var session: Session
        var total: Double
        /// The round that cost the most, and the loss kinds of that round, costliest first.
        var round: Int?
        var lessons: [(kind: String, points: Double)]
    }

    static let folder = KataBinary.packageRoot.appendingPathComponent("Tests/KataEndToEndTests/ExpertCorpus")

    /// The rows of the ranking table.
    static func sessions() throws -> [Session] {
        let text = try String(contentsOf: folder.appendingPathComponent("ranking.md"), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line -> Session? in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard cells.count >= 9, let rank = Int(cells[1]), let seed = Int(cells[4]), let blind = Int(cells[6]) else {
                return nil
            }
            return Session(
                rank: rank, name: cells[2], scenario: cells[3], seed: seed, lesson: cells[5], blind: blind, why: cells[7])
        }
    }

    static func debrief(_ session: Session, in folder: URL) throws -> Debriefed {
        let transcript = folder.appendingPathComponent("\(session.name).jsonl").path
        let script = Self.folder.appendingPathComponent("\(session.name).moves").path
        let play = try KataBinary.run([
            "play", session.scenario, "--seed", "\(session.seed)", "--script", script, "--out", transcript,
        ])
        guard play.status == 0 else { throw Failure(description: "\(session.name): play failed: \(play.error)") }
        let json = try KataBinary.run(["debrief", transcript, "--json"])
        guard let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any],
            let total = object["total"] as? Double, let lessons = object["lessons"] as? [[String: Any]]
        else { throw Failure(description: "\(session.name): no debrief JSON: \(json.error)") }
        // The costliest moment (the round whose losses add up to most), and in it the costliest kind.
        var byRound: [Int: [String: Double]] = [:]
        for lesson in lessons {
            guard let kind = (lesson["kind"] as? [String: Any])?.keys.first, let points = lesson["points"] as? Double,
                let round = lesson["round"] as? Int
            else { continue }
            byRound[round, default: [:]][kind, default: 0] += points
        }
        let moment = byRound.max { a, b in
            (a.value.values.reduce(0, +), -a.key) < (b.value.values.reduce(0, +), -b.key)
        }
        let kinds = (moment?.value ?? [:]).sorted { ($0.value, $0.key) > ($1.value, $1.key) }.map { ($0.key, $0.value) }
        return Debriefed(session: session, total: total, round: moment?.key, lessons: kinds)
    }

    struct Failure: Error, CustomStringConvertible { var description: String }

    static let debriefed: Result<[Debriefed], any Error> = Result {
        let folder = try KataBinary.temporaryFolder()
        return try sessions().map { try debrief($0, in: folder) }
    }

    @Test func theCorpusCoversTheCasesAnExpertRanks() throws {
        let sessions = try Self.sessions()
        #expect(sessions.count >= 15)
        #expect(Set(sessions.map(\.scenario)).count >= 4)
        #expect(sessions.allSatisfy { !$0.why.isEmpty })
        // the ranks follow the trainer's blind ranking: at most one rank apart, and said why where they differ
        for session in sessions where session.rank != session.blind {
            #expect(abs(session.rank - session.blind) == 1 && session.why.contains("blind: \(session.blind)"), "\(session.name)")
        }
    }

    @Test func theScorecardRanksTheSessionsAsTheExpertDid() throws {
        let sessions = try Self.debriefed.get()
        for better in sessions {
            for worse in sessions where worse.session.rank > better.session.rank {
                #expect(
                    better.total > worse.total,
                    "\(better.session.name) (rank \(better.session.rank), \(better.total)) should score above \(worse.session.name) (rank \(worse.session.rank), \(worse.total))"
                )
            }
        }
    }

    @Test func eachSessionsCostliestLessonIsTheExpertsLesson() throws {
        for debriefed in try Self.debriefed.get() {
            #expect(
                debriefed.lessons.first?.kind == debriefed.session.lesson,
                "\(debriefed.session.name): the expert's lesson is \(debriefed.session.lesson); the scorecard's costliest moment, round \(debriefed.round ?? -1): \(debriefed.lessons.prefix(3))"
            )
        }
    }
}
