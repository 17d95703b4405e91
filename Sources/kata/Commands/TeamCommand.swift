import ArgumentParser
import Foundation
import KataAnalysis
import KataEngine
import KataLanguage
import KataScenario
import KataTerms
import KataTranscript
import Synchronization

/// `kata team`: a whole team's transcripts ranked and summed up, read one at a time so memory does
/// not grow with their number; a transcript that cannot be read is reported and skipped.
struct TeamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "team",
        abstract: "Rank a team's sessions: leaderboard, average per score part, most common mistakes.",
        discussion: "Transcripts are re-scored from their moves; check them with kata verify.")

    @Argument(help: "Transcript files or folders of them.") var inputs: [String]
    @Flag(help: "Print JSON for machines.") var json = false
    @Option(help: "Also write the report as one self-contained HTML file, each scenario's deals on one chart.") var html: String?
    @OptionGroup var language: LanguageOption

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("name transcript files or folders") }
    }

    func run() throws {
        var summary = TeamSummary()
        var scenarios = ScenarioCache()
        var found = 0
        var batch: [String] = []
        for path in TranscriptPaths(inputs) {
            found += 1
            batch.append(path)
            if batch.count == Self.batchSize {
                score(batch, into: &summary, scenarios: &scenarios)
                batch.removeAll(keepingCapacity: true)
            }
        }
        score(batch, into: &summary, scenarios: &scenarios)
        if found == 0 {
            printError("error: no transcripts (*.jsonl) in \(inputs.joined(separator: ", "))")
            throw ExitStatus.noInput
        }
        for problem in summary.skipped { printError("\(Style.standardError.yellow("skipped:")) \(problem)") }
        let text = UIText.fromEnvironment(language.lang)
        if let html { try HTMLPage.write(TeamTable(summary: summary).html(text: text), to: html) }
        if json {
            try printJSON(summary)
        } else {
            print(TeamTable(summary: summary).render(text: text, style: .current))
        }
    }

    /// Transcripts read and scored at once, on every core; only one batch is in memory at a time.
    private static let batchSize = 256

    /// Reads and re-scores a batch in parallel, then adds it to the summary in order.
    private func score(_ batch: [String], into summary: inout TeamSummary, scenarios: inout ScenarioCache) {
        guard !batch.isEmpty else { return }
        let files = Mutex<[Result<TranscriptFile, TranscriptFile.Problem>?]>(Array(repeating: nil, count: batch.count))
        DispatchQueue.concurrentPerform(iterations: batch.count) { index in
            let read: Result<TranscriptFile, TranscriptFile.Problem>
            do throws(TranscriptFile.Problem) { read = .success(try TranscriptFile.readMoves(batch[index])) } catch {
                read = .failure(error)
            }
            files.withLock { $0[index] = read }
        }
        let read = files.withLock { $0 }
        let entries = read.map { result -> ScenarioCache.Entry? in
            guard case .success(let file)? = result else { return nil }
            return scenarios.scenario(for: file)
        }
        let cards = Mutex<[Scorecard?]>(Array(repeating: nil, count: batch.count))
        DispatchQueue.concurrentPerform(iterations: batch.count) { index in
            guard case .success(let file)? = read[index], let entry = entries[index] else { return }
            let card = Scorecard(
                context: entry.context, seed: file.header.seed, moves: file.moves(),
                calcRounds: file.calcRounds, zopaExists: entry.zopaExists)
            cards.withLock { $0[index] = card }
        }
        let scored = cards.withLock { $0 }
        for index in batch.indices {
            switch read[index] {
            case .failure(let problem)?:
                summary.skip(problem.description)
            case .success(let file)?:
                guard let entry = entries[index], let card = scored[index] else {
                    summary.skip(
                        "\(batch[index]): its scenario \(PrintableText.short(file.header.scenario.id, limit: 80)) is not found or has changed"
                    )
                    continue
                }
                summary.add(
                    card, trainee: file.header.trainee, scenario: entry.scenario, utility: entry.context.policy.utility,
                    source: batch[index])
            case nil:
                break
            }
        }
    }
}

/// The transcript files named on the command line, folders walked lazily (one path at a time).
struct TranscriptPaths: Sequence, IteratorProtocol {
    private var inputs: [String]
    private var walker: FileManager.DirectoryEnumerator?
    private var folder = ""

    init(_ inputs: [String]) { self.inputs = inputs.reversed() }

    mutating func next() -> String? {
        while true {
            if let walker, let item = walker.nextObject() as? String {
                if item.hasSuffix(".jsonl") { return (folder as NSString).appendingPathComponent(item) }
                continue
            }
            walker = nil
            guard let input = inputs.popLast() else { return nil }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue {
                folder = input
                walker = FileManager.default.enumerator(atPath: input)
            } else {
                return input
            }
        }
    }
}

/// Scenarios by fingerprint, loaded once each, with whether a deal is possible at all.
struct ScenarioCache {
    struct Entry {
        var scenario: Scenario
        var context: SessionContext
        var zopaExists: Bool
    }

    private var entries: [String: Entry?] = [:]

    mutating func scenario(for file: TranscriptFile) -> Entry? {
        let reference = file.header.scenario
        if let cached = entries[reference.sha256] { return cached }
        var entry: Entry?
        if let path = recordedScenarioPath(file), let data = ScenarioLibrary.contents(path),
            HashChain.fingerprint(data) == reference.sha256, let scenario = try? ScenarioLoader.load(path: path).scenario
        {
            entry = Entry(scenario: scenario, context: SessionContext(scenario), zopaExists: !ZOPA(scenario).isEmpty)
        }
        entries[reference.sha256] = entry
        return entry
    }
}
