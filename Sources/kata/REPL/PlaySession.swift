import ArgumentParser
import Foundation
import KataAnalysis
import KataEngine
import KataLanguage
import KataScenario
import KataTerms
import KataTranscript

/// A trainee's session at the terminal: reads lines, turns them into moves (or meta commands that
/// cost no round), drives the reducer, writes every turn to the transcript before the next prompt,
/// and shows the buyer's words and the table.
struct PlaySession {
    var state: SessionState
    let scenario: Scenario
    let scenarioPath: String
    var writer: TranscriptWriter
    /// The scorecard, kept move by move: the end of a session is scored from the live state.
    private var scorer: ScorecardBuilder
    let text: UIText
    let style: Style
    var source: any LineSource
    /// A bot that plays the trainee's side, for a classroom demo.
    var bot: (any Bot)?
    /// Pause between a bot's turns on a terminal, so a room can follow.
    var botPause: TimeInterval = 0
    private var lastEvents: [Event]
    /// What was said, for `history`.
    private var said: [String] = []

    init(_ branch: Branch, scenarioPath: String, text: UIText, style: Style, source: any LineSource) {
        state = branch.state
        scenario = branch.state.scenario
        self.scenarioPath = scenarioPath
        writer = branch.writer
        scorer = branch.scorer
        self.text = text
        self.style = style
        self.source = source
        lastEvents = branch.events
        said = NegotiationView(scenario: scenario, text: text, style: .init(enabled: false)).render(branch.events)
    }

    private var view: NegotiationView { NegotiationView(scenario: scenario, text: text, style: style) }

    /// Shows where the session stands (after a start or a resume).
    func showOpening(resumed: Bool) {
        if resumed {
            print(
                style.dim(
                    text("Resumed at round \(state.round). Transcript: \(writer.path)", "从第\(state.round)轮继续。记录:\(writer.path)")))
        }
        for line in view.render(lastEvents) { print(line) }
        print(view.table(state))
    }

    /// Runs until the session ends or the input does; returns the exit code.
    mutating func run() throws -> ExitCode {
        while true {
            if state.isOver { return .success }
            let prompt = style.bold(text("[round \(state.round + 1)] you> ", "[第\(state.round + 1)轮] 你> "))
            let line: String
            if var player = bot {
                let move = player.move(TraineeView(state), after: lastEvents)
                bot = player
                if botPause > 0 { Thread.sleep(forTimeInterval: botPause) }
                line = MoveText.command(move, scenario: scenario)
                print(prompt + line)
                try play(move, eager: false, text: line)
                continue
            }
            guard let input = source.read(prompt: prompt) else {
                source.close()
                print("")
                print(text("Session saved: \(writer.path)", "已保存:\(writer.path)"))
                print(text("Continue it with: kata resume \(writer.path)", "继续:kata resume \(writer.path)"))
                return .success
            }
            let trimmed = input.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            if try meta(trimmed) { continue }
            if case .quit = MetaCommand(trimmed) {
                source.close()
                print(
                    text(
                        "Session saved: \(writer.path) — continue with: kata resume \(writer.path)",
                        "已保存:\(writer.path)——继续:kata resume \(writer.path)"))
                return .success
            }
            let utterance = Utterance.parse(trimmed, terms: scenario.terms, standing: state.offer)
            guard let move = utterance.move else {
                print(
                    style.yellow(
                        text("Not understood", "没有听懂") + " ("
                            + PrintableText.escaped(utterance.problem?.message(text.language) ?? "") + ")")
                        + style.dim(text(" — no round spent.", "——不计回合。")))
                print(style.dim(hint))
                continue
            }
            print(
                style.dim(
                    "→ " + MoveText.command(move, scenario: scenario)
                        + (utterance.eager ? text("  (you sound eager)", "(你显得很急)") : "")))
            if move == .accept, source is ReadlineSource, !confirmAccept() { continue }
            try play(move, eager: utterance.eager, text: trimmed)
        }
    }

    /// On a terminal, `accept` first shows what would be signed — the package, its economics against
    /// the targets, any rule it breaks — and asks (DESIGN §6); scripts and bots skip the question.
    private mutating func confirmAccept() -> Bool {
        let package: Package = if case .nibble(_, let extra) = state.phase { extra } else { state.demand }
        print(style.bold(text("You would sign the buyer's package:", "你将签下采购的方案:")))
        print(EconomicsReport(package, in: scenario).render(text: text, style: style))
        let answer =
            source.read(prompt: style.bold(text("Sign it? [y/N] ", "确认签约?[y/N] ")))?
            .trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        if ["y", "yes", "是", "确认", "签", "好"].contains(answer) { return true }
        print(style.dim(text("Not signed — no round spent.", "未签约——不计回合。")))
        return false
    }

    /// Plays one move: reducer, transcript (flushed), then what the trainee sees.
    private mutating func play(_ move: Move, eager: Bool, text typed: String) throws {
        let events = Session.reduce(into: &state, move, eager: eager)
        scorer.observe(Replay.Step(move: RecordedMove(move, eager: eager, text: typed), state: state, events: events))
        try writer.write(events, scenario: scenario, text: typed, scorecard: state.isOver ? scorer.finish(state) : nil)
        lastEvents = events
        said.append(text("you: ", "你:") + PrintableText.escaped(typed))
        let lines = view.render(events)
        said += NegotiationView(scenario: scenario, text: text, style: .init(enabled: false)).render(events)
        for line in lines { print(line) }
        if case .rejected = events.first?.kind { return }
        if case .planned = events.first?.kind {
            print(style.dim(text("Plan recorded.", "计划已记录。")))
            return
        }
        if let outcome = state.outcome {
            printOutcome(outcome)
        } else {
            print(view.table(state))
        }
    }

    // MARK: - Meta commands (no round)

    private var hint: String {
        text(
            "Try: offer rebate 5%   |   if dm_slots 6 then rebate 5.5   |   hold   |   ask why   |   challenge   |   accept   |   help",
            "例如:返利最多给5个点 | 如果给我们6档DM,返利可以到5.5% | 不行 | 为什么 | 拿出证据 | 成交 | help")
    }

    /// Runs a meta command, if the line is one. Returns whether it was.
    private mutating func meta(_ line: String) throws -> Bool {
        switch MetaCommand(line) {
        case .none, .quit:
            return false
        case .help:
            print(help)
        case .table:
            print(view.table(state))
        case .brief:
            print(ScenarioSheet(scenario, path: scenarioPath).render(text: text, style: style))
        case .targets:
            print(targets)
        case .history:
            for line in said { print(line) }
        case .calc(let arguments):
            calc(arguments)
            try writer.writeCalc(line, round: state.round)
            scorer.noteCalc(round: state.round + 1)
        case .plan(let arguments):
            try plan(arguments)
        case .rewind(let round):
            try rewind(to: round)
        }
        return true
    }

    private var help: String {
        text(
            """
            Negotiate in words or commands (each costs a round):
              offer rebate 5%, dm_slots 6        返利最多给5个点 / 进场费降到8千
              if dm_slots 6 then rebate 5.5      如果给我们6档DM,返利可以到5.5%
              offers rebate 5 | listing_fee 8000 several offers equal for you (the buyer picks)
              agree payment_days                 settle one term at the buyer's demand
              accept                             sign the buyer's demand (shown first, then asked)
              final [rebate 5%]                  your ultimatum: the buyer signs it or leaves (before its
                                                 last call it may not believe one short of its ask);
                                                 give ground after one and the next is not believed
              cite anniversary_fee               refuse a demand that breaks a rule (legal cap, barred fee)
              hold | ask why | ask priorities | challenge | escalate | walk
            When the buyer's patience runs out it states its last package: answer it once.
            Free of charge:
              table, calc [TERM=VALUE …], targets, brief, plan [TERM OPEN/TARGET/WALK, …], history,
              rewind ROUND, help, quit (Ctrl-D)   Tab completes commands and term names.
            """,
            """
            用中文或命令谈判(每句算一个回合):
              返利最多给5个点 / 进场费降到8千       offer rebate 5%, dm_slots 6
              如果给我们6档DM,返利可以到5.5%       if dm_slots 6 then rebate 5.5
              offers rebate 5 | listing_fee 8000  多个对我方等值的方案,由采购挑选
              agree payment_days                  按采购的要求谈定一个条款
              成交                                签下采购的要求(先显示方案,再确认)
              最后报价[,返利5个点]                 你的最终报价:采购要么签,要么走(还没到它的最后
                                                  期限时,低于它要价的最后报价它可能不信);
                                                  报了最后报价又让步,下次就没人信了
              店庆费违规 / cite anniversary_fee    拒绝违规的要求(超过法定上限、禁止收取的费用)
              不行 | 为什么 | 你最看重什么 | 拿出证据 | 我请示领导 | 不谈了
            采购耐心耗尽时会给出最后方案:你只有一次回应。
            不计回合:
              table(条款表) calc [条款=数值 …](测算) targets(目标) brief(简报)
              plan [条款 开价/目标/底线, …](计划) history(记录) rewind 回合 help quit(Ctrl-D)
            """)
    }

    private var targets: String {
        let t = scenario.targets
        return text(
            "Your targets: margin ≥ \(Format.percent(t.marginTarget)) (floor \(Format.percent(t.marginFloor))), trade spend ≤ \(Format.percent(t.tradeSpendTarget)) (cap \(Format.percent(t.tradeSpendCap))), promotions ≥ \(Format.number(t.promotionsTarget)) (minimum \(Format.number(t.promotionsMinimum)))",
            "我方目标:毛利率 ≥ \(Format.percent(t.marginTarget))(底线 \(Format.percent(t.marginFloor))),贸易费用率 ≤ \(Format.percent(t.tradeSpendTarget))(上限 \(Format.percent(t.tradeSpendCap))),促销档期 ≥ \(Format.number(t.promotionsTarget))(最少 \(Format.number(t.promotionsMinimum)))"
        )
    }

    /// What-ifs on top of the standing offer (`calc demand` starts from the buyer's demand).
    private func calc(_ arguments: [String]) {
        var package = state.offer
        var rest = arguments
        if rest.first == "demand" || rest.first == "采购" {
            package = state.demand
            rest.removeFirst()
        }
        for argument in rest {
            do throws(TermAssignment.Problem) {
                let assignment = try TermAssignment.parse(argument, in: scenario)
                package[assignment.term] = assignment.value
            } catch {
                print(style.yellow(error.description))
                return
            }
        }
        print(EconomicsReport(package, in: scenario).render(text: text, style: style))
    }

    private mutating func plan(_ arguments: String) throws {
        if arguments.isEmpty {
            if state.plan.isEmpty {
                print(
                    text(
                        "No plan yet. Before round 1: \(PlanHint.text(scenario, text)) (opening/target/walk-away).",
                        "还没有计划。第1轮之前输入:\(PlanHint.text(scenario, text))(开价/目标/底线)。"))
            }
            for entry in state.plan {
                print(
                    "  \(entry.term): \(text("open", "开价")) \(Format.number(entry.opening)) · \(text("target", "目标")) \(Format.number(entry.target)) · \(text("walk away", "底线")) \(Format.number(entry.walkAway))"
                )
            }
            return
        }
        switch PlanText.parse(arguments, terms: scenario.terms) {
        case .entries(let entries):
            try play(.plan(entries: entries), eager: false, text: "plan " + arguments)
        case .problem(let problem):
            print(style.yellow(problem.message(text.language)) + style.dim(" — " + PlanHint.text(scenario, text)))
        }
    }

    /// Branches a new session from the start of `round`, replaying the moves before it.
    private mutating func rewind(to round: Int) throws {
        guard round >= 1, round <= state.round else {
            print(style.yellow(text("rewind takes a round from 1 to \(state.round)", "rewind 的回合须在 1 到 \(state.round) 之间")))
            return
        }
        let parent = writer.path
        let file: TranscriptFile
        do throws(TranscriptFile.Problem) { file = try TranscriptFile.read(parent) } catch {
            print(style.red(error.description))
            return
        }
        let branch = try Branch.start(from: file, parentPath: parent, at: round, scenario: scenario, scenarioPath: scenarioPath)
        state = branch.state
        writer = branch.writer
        scorer = branch.scorer
        lastEvents = branch.events
        said = []
        print(
            style.bold(
                text(
                    "Rewound to round \(round): a new session, the same buyer. Transcript: \(writer.path)",
                    "回到第\(round)轮:新的分支,同一个采购。记录:\(writer.path)")))
        print(view.table(state))
    }

    private func printOutcome(_ outcome: Outcome) {
        for line in view.outcome(outcome, transcript: writer.path) { print(line) }
    }
}

/// The REPL's commands that cost no round.
enum MetaCommand: Equatable {
    case help, table, brief, targets, history, quit
    case calc([String])
    case plan(String)
    case rewind(Int)

    init?(_ line: String) {
        let words = line.split(separator: " ").map(String.init)
        guard let first = words.first?.lowercased() else { return nil }
        let rest = Array(words.dropFirst())
        switch first {
        case "help", "?", "帮助": self = .help
        case "table", "表": self = .table
        case "brief", "简报": self = .brief
        case "targets", "目标": self = .targets
        case "history", "记录": self = .history
        case "quit", "exit", "退出": self = .quit
        case "calc", "测算": self = .calc(rest)
        case "plan", "计划": self = .plan(rest.joined(separator: " "))
        case "rewind", "回到":
            guard rest.count == 1, let round = Int(rest[0]) else { return nil }
            self = .rewind(round)
        default: return nil
        }
    }

    /// Words offered by tab completion.
    static let words = [
        "help", "table", "brief", "targets", "history", "quit", "calc", "plan", "rewind",
        "offer", "offers", "if", "then", "agree", "accept", "final", "cite", "hold", "ask", "why", "priorities", "challenge",
        "escalate", "walk",
    ]
}
