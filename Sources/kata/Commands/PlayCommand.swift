import ArgumentParser
import Foundation
import KataEngine
import KataLanguage
import KataScenario
import KataTerms
import KataTranscript

/// `kata play`: the trainee's session — the brief, a plan, then turn by turn against the buyer in a
/// readline REPL (or from a script, or with a bot playing the trainee), every turn saved.
struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "Negotiate against a buyer persona (default scenario: carrefour-annual).",
        discussion:
            "Without a terminal on standard input (or with --script) moves are read line by line and echoed. Transcripts go to ./transcripts (or $KATA_TRANSCRIPTS) unless --out says otherwise."
    )

    @Argument(help: "A scenario id or a path to a YAML file.") var scenario: String = ScenarioLibrary.defaultID
    @Option(help: "Seed of the buyer's choices (default: from the clock; printed, so a session can be replayed).") var seed:
        UInt64?
    @Option(help: "Your name, for the transcript.") var trainee: String?
    @OptionGroup var language: LanguageOption
    @Option(help: "Transcript file to write (an existing file is refused; see --force).") var out: String?
    @Flag(help: "Replace the --out file if it exists.") var force = false
    @Option(help: "Read moves from this file instead of the keyboard.") var script: String?
    @Option(help: "Let a bot play your side: \(BotKind.allCases.map(\.rawValue).joined(separator: ", ")).") var bot: String?
    @Option(help: "Branch from this transcript (with --at).") var from: String?
    @Option(help: "The round of --from to branch at: its moves before this round are replayed.") var at: Int?

    func validate() throws {
        if let bot, BotKind(rawValue: bot) == nil {
            throw ValidationError("unknown bot '\(bot)'; bots: \(BotKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if (from == nil) != (at == nil) {
            throw ValidationError("--from and --at go together: kata play --from TRANSCRIPT --at ROUND")
        }
        if let at, at < 1 { throw ValidationError("--at must be a round from 1") }
    }

    func run() throws {
        let style = Style.current
        let scriptSource = try script.map(scriptLines)
        let session: PlaySession
        let text: UIText
        if let from, let at {
            let file = try readTranscript(from)
            let (loaded, path) = try loadRecordedScenario(file)
            guard at <= (file.lines.last?.round ?? 0) + 1 else {
                printError(
                    "error: \(from) has \(file.lines.last?.round ?? 0) rounds; --at must be at most \((file.lines.last?.round ?? 0) + 1)"
                )
                throw ExitStatus.usage
            }
            text = language.lang.map(UIText.init) ?? UIText(language: file.header.language)
            let branch = try Branch.start(from: file, parentPath: from, at: at, scenario: loaded, scenarioPath: path)
            session = PlaySession(
                branch, scenarioPath: path, text: text, style: style,
                source: scriptSource ?? Self.source(for: loaded, interactive: bot == nil))
            print(
                style.bold(
                    text(
                        "Branched from \(from) at round \(at). Transcript: \(branch.writer.path)",
                        "从 \(from) 的第\(at)轮开出新分支。记录:\(branch.writer.path)")))
        } else {
            let loaded = try loadScenario(scenario)
            text = language.text(for: loaded.scenario)
            let seed = seed ?? UInt64(Date().timeIntervalSince1970 * 1000) % 1_000_000_000
            let trainee = trainee ?? ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "trainee"
            let path = out ?? Transcripts.defaultPath(scenario: loaded.scenario.id, trainee: trainee)
            let fingerprint = HashChain.fingerprint(FileManager.default.contents(atPath: loaded.path) ?? Data())
            let header = TranscriptHeader(
                scenario: .init(id: loaded.scenario.id, path: loaded.path, sha256: fingerprint), seed: seed, trainee: trainee,
                language: text.language, started: Transcripts.timestamp())
            let writer: TranscriptWriter
            do { writer = try TranscriptWriter(creating: path, header: header, replacing: force) } catch is TranscriptWriter
                .FileExists
            {
                printError(
                    text(
                        "error: \(path) already exists: a recorded session is not replaced (choose another --out, or add --force)",
                        "错误:\(path) 已存在:已录制的谈判不会被覆盖(换一个 --out,或加 --force)"))
                throw ExitStatus.cannotCreate
            } catch {
                printError(
                    "error: \((error as? TranscriptWriter.WriteFailed)?.description ?? "cannot write the transcript \(path)")")
                throw ExitStatus.cannotCreate
            }
            let branch = try Branch.start(loaded.scenario, seed: seed, writer: writer)
            print(ScenarioSheet(loaded.scenario, path: loaded.path).render(text: text, style: style))
            print("")
            print(style.dim(text("Seed \(seed) · transcript \(path)", "种子 \(seed) · 记录 \(path)")))
            print(
                text(
                    "Prepare first: \(PlanHint.text(loaded.scenario, text)) (opening/target/walk-away per term). Then negotiate; `help` lists the commands.",
                    "先做准备:\(PlanHint.text(loaded.scenario, text))(每个条款的开价/目标/底线)。然后开始谈判;输入“帮助”查看命令。"))
            print("")
            session = PlaySession(
                branch, scenarioPath: loaded.path, text: text, style: style,
                source: scriptSource ?? Self.source(for: loaded.scenario, interactive: bot == nil))
        }
        var running = session
        if let bot, let kind = BotKind(rawValue: bot) {
            running.bot = kind.makeBot()
            running.botPause = isatty(STDOUT_FILENO) == 1 ? 0.8 : 0
        }
        running.showOpening(resumed: false)
        let code = try running.run()
        if code != .success { throw code }
    }

    /// readline on a terminal, plain lines otherwise.
    static func source(for scenario: Scenario, interactive: Bool) -> any LineSource {
        guard interactive, isatty(STDIN_FILENO) == 1 else { return PlainLineSource() }
        let names = scenario.terms.flatMap { [$0.id] + $0.name.all + $0.aliases }
        return ReadlineSource(completions: MetaCommand.words + names)
    }
}

/// The moves of a script file (devices such as /dev/null included), or exit 66 with a message when
/// it cannot be read.
func scriptLines(_ path: String) throws -> PlainLineSource {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
        let handle = FileHandle(forReadingAtPath: path)
    else {
        printError("error: \(path): not a readable script file")
        throw ExitStatus.noInput
    }
    defer { try? handle.close() }
    let data = (try? handle.readToEnd()) ?? Data()
    return PlainLineSource(script: String(decoding: data, as: UTF8.self))
}

/// Reads and checks a transcript, printing the problem and throwing its exit code (66 missing, 65
/// malformed or tampered).
func readTranscript(_ path: String) throws -> TranscriptFile {
    do throws(TranscriptFile.Problem) {
        let file = try TranscriptFile.read(path)
        if file.tornTail {
            printError(
                "note: \(path): its last line was cut off while it was written; the session goes on from the last whole turn")
        }
        return file
    } catch {
        printError("error: \(error.description)")
        if case .notFound = error { throw ExitStatus.noInput }
        throw ExitStatus.dataError
    }
}

/// Where the scenario of a transcript is now: `override`, else the recorded path if the file there
/// still has the recorded SHA-256, else its id looked up as `kata play` would (./scenarios,
/// $KATA_SCENARIOS, bundled). A transcript is someone else's file: its path may point anywhere, so
/// nothing is read from there unless it is the very scenario recorded.
func recordedScenarioPath(_ file: TranscriptFile, override: String? = nil) -> String? {
    if let override { return override }
    let reference = file.header.scenario
    if let data = ScenarioLibrary.contents(reference.path), HashChain.fingerprint(data) == reference.sha256 {
        return reference.path
    }
    // Changed since (a trainer re-weighted its scoring): still the scenario if it loads as one with the
    // recorded id; whether its buyer still replays the session is for the caller to check.
    if ScenarioLibrary.contents(reference.path) != nil,
        (try? ScenarioLoader.load(path: reference.path))?.scenario.id == reference.id
    {
        return reference.path
    }
    guard ScenarioLibrary.isID(reference.id) else { return nil }
    return try? ScenarioLibrary().resolve(reference.id)
}

/// The scenario a transcript was recorded on, refused (65) when the file changed since — unless
/// `rescoring` names the transcript and its buyer still replays it exactly (only `scoring:` or other
/// inert parts changed): then the session is re-scored under the file's current weights.
func loadRecordedScenario(_ file: TranscriptFile, rescoring transcript: String? = nil) throws -> (Scenario, String) {
    let reference = file.header.scenario
    guard let path = recordedScenarioPath(file), let data = ScenarioLibrary.contents(path) else {
        printError(
            "error: the scenario \(PrintableText.short(reference.id, limit: 80)) of this transcript is not found (nor a file with its recorded SHA-256): name it with --scenario FILE"
        )
        throw ExitStatus.noInput
    }
    let loaded = try loadScenario(path)
    let changed = TranscriptFile.Problem.scenarioChanged(path: path, scenario: reference.id).description
    guard let transcript else {
        guard HashChain.fingerprint(data) == reference.sha256 else {
            printError("error: \(changed)")
            throw ExitStatus.dataError
        }
        return (loaded.scenario, path)
    }
    switch TranscriptVerifier.standing(
        of: transcript, recordedOn: reference.sha256, scenario: loaded.scenario, scenarioData: data)
    {
    case .unchanged:
        break
    case .rescorable:
        printError(
            "note: \(path) changed since this session was recorded; the buyer replays it exactly, so it is re-scored under the file's current weights"
        )
    case .changed:
        printError("error: \(changed), and its buyer no longer replays this session")
        throw ExitStatus.dataError
    }
    return (loaded.scenario, path)
}
