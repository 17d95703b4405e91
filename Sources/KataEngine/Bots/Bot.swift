import KataPersona

/// A scripted trainee strategy for sparring, analysis, tests and benchmarks. A bot decides from the
/// `TraineeView` and the events of the last round only — never from the persona's hidden limits.
public protocol Bot: Sendable {
    mutating func move(_ view: TraineeView, after events: [Event]) -> Move
}

/// The bots `kata spar` and `kata play --bot` know by name.
public enum BotKind: String, CaseIterable, Sendable, Codable {
    /// Gives whatever is asked.
    case pushover
    /// Opens ambitiously and moves little.
    case anchorAndHold = "anchor-and-hold"
    /// Concedes at a steady pace over the rounds.
    case linear
    /// Mirrors the buyer's steps.
    case titForTat = "tit-for-tat"
    /// Only conditional concessions, tapering steps, challenges claims.
    case giveGet = "give-get"

    /// Plays one whole session and returns its events.
    public func play(_ context: SessionContext, seed: UInt64) -> [Event] {
        var events: [Event] = []
        play(context, seed: seed) { events.append($0) }
        return events
    }

    /// Plays one whole session, handing each event to `observe` as it happens (no session log kept:
    /// spar and bench run hundreds of thousands of sessions).
    public func play(_ context: SessionContext, seed: UInt64, observe: (Event) -> Void) {
        Self.play(makeBot(), context, seed) { _, _, events in events.forEach(observe) }
    }

    /// Plays one whole session, handing each step — the move (none for the opening), the state after
    /// it and its events — to `step`, for observers that need the state (a scorecard).
    public func play(_ context: SessionContext, seed: UInt64, step: (Move?, SessionState, [Event]) -> Void) {
        Self.play(makeBot(), context, seed, step)
    }

    /// A fresh bot of this kind, before its first move.
    public func makeBot() -> any Bot {
        switch self {
        case .pushover: Pushover()
        case .anchorAndHold: AnchorAndHold()
        case .linear: LinearBot()
        case .titForTat: TitForTat()
        case .giveGet: GiveGet()
        }
    }

    private static func play<B: Bot>(
        _ bot: B, _ context: SessionContext, _ seed: UInt64, _ step: (Move?, SessionState, [Event]) -> Void
    ) {
        var bot = bot
        var (state, last) = Session.start(context, seed: seed)
        step(nil, state, last)
        // A bot that keeps making refused moves must not loop: refusals cost no round, so cap them.
        var refusals = 0
        while !state.isOver {
            let move = bot.move(TraineeView(state), after: last)
            last = Session.reduce(into: &state, move)
            step(move, state, last)
            if case .rejected = last.first?.kind {
                refusals += 1
                if refusals > 3 {
                    last = Session.reduce(into: &state, .walk)
                    step(.walk, state, last)
                }
            }
        }
    }
}

extension [Event] {
    /// Whether the buyer warned that this is the last round.
    var hasLastChance: Bool { contains { if case .lastChance = $0.kind { true } else { false } } }

    /// The tactics the buyer used in these events.
    var tactics: [TacticID] { compactMap { if case .tactic(let use) = $0.kind { use.tactic } else { nil } } }

    /// The terms the buyer ranked, most important first, in the last probe answer.
    var revealedTerms: [String]? { lazy.compactMap { if case .revealed(let terms, _) = $0.kind { terms } else { nil } }.last }
}
