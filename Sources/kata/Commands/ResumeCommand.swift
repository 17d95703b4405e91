import ArgumentParser
import KataLanguage
import Foundation
import KataTerms
import KataAnalysis

/// `kata resume`: continues a session whose terminal died, from its last turn, in the same file.
struct ResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "Continue a session from its transcript, in the same file.",
        discussion: "Refuses (exit 65) a transcript whose scenario file changed or whose hash chain is broken.")

    @Argument(help: "The transcript to continue.") var transcript: String
    @Option(help: "Read moves from this file instead of the keyboard.") var script: String?
    @OptionGroup var language: LanguageOption

    func run() throws {
        let file = try readTranscript(transcript)
        guard !file.isFinished else {
            printError("error: \(transcript): this session is over; see it with: kata replay \(transcript)")
            throw ExitStatus.dataError
        }
        let (scenario, path) = try loadRecordedScenario(file)
        let source: any LineSource = try script.map(scriptLines) ?? PlayCommand.source(for: scenario, interactive: true)
        let branch = try Branch.resume(file, at: transcript, scenario: scenario)
        let text = language.lang.map(UIText.init) ?? UIText(language: file.header.language)
        var session = PlaySession(branch, scenarioPath: path, text: text, style: .current, source: source)
        session.showOpening(resumed: true)
        let code = try session.run()
        if code != .success { throw code }
    }
}

/// `kata replay`: a recorded session, turn by turn, as it happened, with the tables.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Show a recorded session turn by turn, with the tables.")

    @Argument(help: "The transcript to replay.") var transcript: String
    @OptionGroup var language: LanguageOption

    func run() throws {
        let file = try readTranscript(transcript)
        let (scenario, _) = try loadRecordedScenario(file)
        let text = language.lang.map(UIText.init) ?? UIText(language: file.header.language)
        let style = Style.current
        let view = NegotiationView(scenario: scenario, text: text, style: style)
        print(
            style.bold("\(scenario.title.text(text.language))")
                + style.dim(
                    "  [\(scenario.id)] · \(PrintableText.short(file.header.trainee, limit: 80)) · \(PrintableText.short(file.header.started, limit: 40)) · seed \(file.header.seed)"
                ))
        if let parent = file.header.parent {
            print(
                style.dim(text("Branched from \(parent.path) at round \(parent.round).", "分支自 \(parent.path) 第\(parent.round)轮。"))
            )
        }
        var round = 1
        let state = Replay.run(scenario, seed: file.header.seed, moves: file.moves()) { step in
            if let recorded = step.move {
                let prompt = style.bold(text("[round \(round)] you> ", "[第\(round)轮] 你> "))
                print(
                    prompt + PrintableText.short(recorded.text ?? MoveText.command(recorded.move, scenario: scenario), limit: 600)
                )
            }
            for line in view.render(step.events) { print(line) }
            let moved: Bool = if case .moved? = step.events.first?.kind { true } else { false }
            if let outcome = step.state.outcome {
                for line in view.outcome(outcome, transcript: transcript) { print(line) }
            } else if step.move == nil || moved {
                print(view.table(step.state))
            }
            round = step.state.round + 1
        }
        if !state.isOver {
            print("")
            print(
                text(
                    "The session was not finished. Continue it with: kata resume \(transcript)",
                    "谈判尚未结束。继续:kata resume \(transcript)"))
        }
    }
}
