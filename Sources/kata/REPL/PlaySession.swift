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
            let utterance = Utterance.parse(
                trimmed, terms: scenario.terms, standing: state.offer, demand: state.demand, language: text.language,
                others: scenario.persona.thirdParties, account: scenario.account.retailer)
            guard let move = utterance.move else {
                let problem = utterance.problem ?? .notUnderstood
                let said = PrintableText.escaped(problem.message(text.language))
                print(style.yellow(said) + style.dim(text(" — no round spent.", "——不计回合。")))
                if problem == .notUnderstood { print(style.dim(hint)) }
                continue
            }
            let echo = MoveText.echo(move, scenario: scenario, language: text.language)
            guard !utterance.unsure || confirmReading(echo, utterance) else { continue }
            if !utterance.unsure {
                print(style.dim("→ " + echo + (utterance.eager ? text("  (you sound eager)", "(你显得很急)") : "")))
                for note in utterance.notes { print(style.dim("  " + self.note(note))) }
            }
            if move == .accept, source is ReadlineSource, !confirmAccept() { continue }
            try play(move, eager: utterance.eager, text: trimmed)
        }
    }

    /// What the echo adds about how a line was read.
    private func note(_ note: Utterance.Note) -> String {
        func name(_ id: String) -> String { scenario.terms.first { $0.id == id }?.label(text.language) ?? id }
        switch note {
        case .rangeEnd(let term, let chosen, let other):
            return text(
                "a range: \(name(term)) read as \(Format.number(chosen)), its end better for you (not \(Format.number(other)))",
                "区间:\(name(term))按对你更有利的一端 \(Format.number(chosen)) 理解(不是 \(Format.number(other)))")
        case .refused:
            return text("what you turned down is not offered", "你拒绝的数值不会当作报价")
        case .argument:
            return text("heard as an argument (another account, a competitor, the past): no offer", "作为论据听取(其他客户、竞品或往年):不是报价")
        case .termInferred(let term):
            return text("\(name(term)) was not named: taken from the value's unit", "没有说条款名:按数值的单位归到\(name(term))")
        case .settleOffered(let term):
            return text(
                "the buyer asks another figure for \(name(term)): this is your offer, not an agreement",
                "采购在\(name(term))上要的是别的数:这是你的报价,不是谈定")
        }
    }

    /// A reading that rests on a guess is asked back on a terminal (`→ did you mean: offer rebate=12%?
    /// [y/N]`); a script cannot answer, so there the line is refused with the words to write instead.
    private mutating func confirmReading(_ echo: String, _ utterance: Utterance) -> Bool {
        for note in utterance.notes { print(style.dim("  " + self.note(note))) }
        guard source is ReadlineSource else {
            print(
                style.yellow(text("unsure — did you mean: \(echo) ? Write it so.", "没有把握——你是不是要说:\(echo)?请照此写明。"))
                    + style.dim(text(" — no round spent.", "——不计回合。")))
            return false
        }
        return ask(
            text("→ did you mean: \(echo) ? [y/N] ", "→ 你是要说:\(echo) 吗?[y/N] "),
            no: text("Not sent — no round spent.", "没有发出——不计回合。"))
    }

    /// A yes/no question on the terminal; anything but yes is no, and `no` is said.
    private mutating func ask(_ question: String, no: String) -> Bool {
        let answer = source.read(prompt: style.bold(question))?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        if ["y", "yes", "是", "是的", "对", "好", "确认", "签"].contains(answer) { return true }
        print(style.dim(no))
        return false
    }

    /// On a terminal, `accept` first shows what would be signed — the package, its economics against
    /// the targets, any rule it breaks — and asks (DESIGN §6); scripts and bots skip the question.
    private mutating func confirmAccept() -> Bool {
        let package: Package = if case .nibble(_, let extra) = state.phase { extra } else { state.demand }
        print(style.bold(text("You would sign the buyer's package:", "你将签下采购的方案:")))
        print(EconomicsReport(package, in: scenario).render(text: text, style: style))
        return ask(text("Sign it? [y/N] ", "确认签约?[y/N] "), no: text("Not signed — no round spent.", "未签约——不计回合。"))
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

    private var examples: MoveExamples { MoveExamples(scenario: scenario, language: text.language) }

    private var hint: String {
        let examples = examples
        return text("Try: ", "例如:")
            + [examples.offer, examples.conditional, examples.intents, text("help", "帮助")].joined(separator: "   |   ")
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
        let examples = examples
        func row(_ example: String, _ what: String) -> String { "  " + DisplayWidth.pad(example, to: 44) + " " + what }
        return
            ([
                text("Negotiate in words or commands (each costs a round):", "用自己的话或命令谈判(每句算一个回合):"),
                row(examples.offer, text("put values on the table", "报价")),
                row(examples.conditional, text("a give that buys something (if … then …)", "有条件的让步:对方给什么,我们才给什么")),
                row(examples.meso, text("several offers equal for you; the buyer picks", "多个对我方等值的方案,由采购挑选")),
                row(examples.agree, text("settle one term at the buyer's figure", "按采购的数谈定一个条款")),
                row(text("accept", "成交"), text("sign the buyer's package (shown first, then asked)", "签下采购的方案(先显示,再确认)")),
                row(
                    examples.final,
                    text(
                        "your ultimatum: the buyer signs it or leaves; give ground after one and the next is not believed",
                        "你的最后报价:采购要么签、要么走;报了又让步,下次就没人信了")),
                row(examples.cite, text("refuse a demand that breaks a rule (legal cap, barred fee)", "拒绝违规的要求(超过法定上限、禁止收取的费用)")),
                "  " + examples.intents,
                text(
                    "Said in your own words too: a refusal (\"we can't do that\") is never read as an offer; a line that is unclear is asked back, never guessed.",
                    "也可以用自己的话说:拒绝(“这个做不到”)绝不会被当成报价;意思不清楚时会反问,不会瞎猜。"),
                text(
                    "When the buyer's patience runs out it states its last package: answer it once.",
                    "采购耐心耗尽时会给出最后方案:你只有一次回应。"),
                text("Free of charge:", "不计回合:"),
                text(
                    "  table, calc [TERM=VALUE …], targets, brief, plan [TERM OPEN/TARGET/WALK, …], history, rewind ROUND, help, quit (Ctrl-D)",
                    "  表(条款表) 测算 [条款=数值 …] 目标 简报 计划 [条款 开价/目标/底线, …] 记录 回到 回合 帮助 退出(或按 Ctrl-D)"
                ),
                text("  Tab completes commands and term names.", "  按 Tab 键补全命令和条款名。"),
            ] as [String]).joined(separator: "\n")
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
