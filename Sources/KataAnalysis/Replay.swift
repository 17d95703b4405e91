import KataEngine
import KataScenario

/// One trainee move as a transcript records it: the parsed move, whether the trainee sounded keen to
/// close, and the text as typed (`nil` for bots and scripts of bare commands).
public struct RecordedMove: Sendable, Equatable {
    public var move: Move
    public var eager: Bool
    public var text: String?

    public init(_ move: Move, eager: Bool = false, text: String? = nil) {
        self.move = move
        self.eager = eager
        self.text = text
    }
}

/// Recorded moves re-run through the one reducer: the only way any reader (resume, rewind, replay,
/// verify, debrief, team, the scorecard) rebuilds a session, so they all see the same states and
/// events.
public enum Replay {
    /// The opening (`move` is `nil`: the buyer's greeting) or one re-run move, with the state after
    /// it and what happened.
    public struct Step {
        public var move: RecordedMove?
        public var state: SessionState
        public var events: [Event]

        /// A step of a live session, as the REPL plays it, for observers that also watch replays.
        public init(move: RecordedMove?, state: SessionState, events: [Event]) {
            self.move = move
            self.state = state
            self.events = events
        }
    }

    /// Starts a session on `context` with `seed`, plays `moves` in order and hands each step to
    /// `observe` (the opening first); returns the final state.
    /// - Complexity: one reducer call per move; the state is never copied by the replay itself.
    @discardableResult
    public static func run<Moves: Sequence<RecordedMove>>(
        _ context: SessionContext, seed: UInt64, moves: Moves, _ observe: (Step) throws -> Void = { _ in }
    ) rethrows -> SessionState {
        var (state, events) = Session.start(context, seed: seed)
        try observe(Step(move: nil, state: state, events: events))
        for recorded in moves {
            events = Session.reduce(into: &state, recorded.move, eager: recorded.eager)
            try observe(Step(move: recorded, state: state, events: events))
        }
        return state
    }

    /// The same on a scenario (builds its context once for this replay).
    @discardableResult
    public static func run<Moves: Sequence<RecordedMove>>(
        _ scenario: Scenario, seed: UInt64, moves: Moves, _ observe: (Step) throws -> Void = { _ in }
    ) rethrows -> SessionState {
        try run(SessionContext(scenario), seed: seed, moves: moves, observe)
    }
}
