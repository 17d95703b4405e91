import KataAnalysis
import KataTerms

/// The first line of a transcript: which scenario (with its SHA-256, so a changed file is noticed),
/// the seed, who played, when, and which engine.
public struct TranscriptHeader: Sendable, Codable, Equatable {
    public struct ScenarioReference: Sendable, Codable, Equatable {
        public var id: String
        public var path: String
        public var sha256: String

        public init(id: String, path: String, sha256: String) {
            self.id = id
            self.path = path
            self.sha256 = sha256
        }
    }

    /// The session this one branched from (`rewind`, `kata play --from … --at …`).
    public struct Parent: Sendable, Codable, Equatable {
        public var path: String
        public var round: Int

        public init(path: String, round: Int) {
            self.path = path
            self.round = round
        }
    }

    public var kataTranscript: Int
    public var scenario: ScenarioReference
    public var seed: UInt64
    public var trainee: String
    public var language: Language
    /// UTC, ISO 8601. Left out of the hash chain, so replays compare equal apart from it.
    public var started: String
    public var engine: String
    public var parent: Parent?

    /// The engine's version: a transcript is re-run by the engine that wrote it.
    public static let engineVersion = "kata-engine 4"

    public init(
        scenario: ScenarioReference, seed: UInt64, trainee: String, language: Language, started: String, parent: Parent? = nil
    ) {
        kataTranscript = 1
        self.scenario = scenario
        self.seed = seed
        self.trainee = trainee
        self.language = language
        self.started = started
        engine = Self.engineVersion
        self.parent = parent
    }

    enum CodingKeys: String, CodingKey {
        case scenario, seed, trainee, language, started, engine, parent
        case kataTranscript = "kata_transcript"
    }
}
