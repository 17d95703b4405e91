import ArgumentParser
import Foundation
import KataAnalysis
import KataScenario

/// `kata scenario …`: the trainer's tools for scenario files.
struct ScenarioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario",
        abstract: "List, show, check and create scenarios.",
        subcommands: [List.self, Show.self, Check.self, New.self, Analyze.self]
    )

    /// `kata scenario list`: every scenario found, with whether a deal is possible at all.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the scenarios in ./scenarios, $KATA_SCENARIOS and the bundled ones.")

        @Flag(help: "Print JSON for machines.") var json = false
        @OptionGroup var language: LanguageOption

        func run() throws {
            let text = UIText.fromEnvironment(language.lang)
            var entries: [ScenarioListing] = []
            var broken: [String] = []
            for file in ScenarioLibrary().all() {
                guard let check = try? ScenarioLoader.check(path: file.path), let scenario = check.scenario else {
                    broken.append(file.path)
                    continue
                }
                entries.append(ScenarioListing(scenario, path: file.path, source: file.source))
            }
            for path in broken {
                printError("\(Style.standardError.yellow("warning:")) \(path) has errors; run: kata scenario check \(path)")
            }
            if json {
                try printJSON(entries)
                return
            }
            let style = Style.current
            var table = TextTable(header: [
                "id", text("title", "标题"), text("lang", "语言"), text("retailer", "零售商"), text("terms", "条款"),
                text("source", "来源"),
            ])
            for entry in entries {
                table.add([
                    .init(entry.id), .init(entry.title), .init(entry.language), .init(entry.retailer), .init(String(entry.terms)),
                    .init(entry.source),
                ])
            }
            print(table.render(style: style))
        }
    }

    /// `kata scenario show`: what a trainee may read before negotiating; never the persona's limits.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a scenario's brief, terms and targets (never the buyer's reservation).")

        @Argument(help: "A scenario id or a path to a YAML file.") var scenario: String
        @Flag(help: "Print JSON for machines.") var json = false
        @OptionGroup var language: LanguageOption

        func run() throws {
            let loaded = try loadScenario(scenario)
            let sheet = ScenarioSheet(loaded.scenario, path: loaded.path)
            if json {
                try printJSON(sheet)
            } else {
                print(sheet.render(text: language.text(for: loaded.scenario), style: .current))
            }
        }
    }

    /// `kata scenario check`: every problem in every file, as `file:line:column: error: message`.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check scenario files and report every problem with its line and column.",
            discussion: "Exit 0 when every file is valid (warnings allowed), 1 when any has an error, 66 when a file is missing.")

        @Argument(help: "Scenario files (or ids) to check.") var files: [String]
        @Flag(help: "Print JSON for machines.") var json = false

        func validate() throws {
            if files.isEmpty { throw ValidationError("name at least one scenario file to check") }
        }

        func run() throws {
            var results: [CheckResult] = []
            var status: Int32 = 0
            let style = Style.standardError
            for file in files {
                do throws(ScenarioError) {
                    let path = try ScenarioLibrary().resolve(file)
                    let check = try ScenarioLint.check(path: path)
                    results.append(
                        CheckResult(
                            file: path, valid: check.scenario != nil, diagnostics: check.diagnostics.map(CheckResult.Item.init)))
                    if !json {
                        for diagnostic in check.diagnostics { printError(render(diagnostic, style: style)) }
                        let warnings = check.warnings.count
                        let summary =
                            check.scenario != nil
                            ? "\(path): ok" + (warnings > 0 ? " (\(warnings) warning\(warnings == 1 ? "" : "s"))" : "")
                            : "\(path): \(check.errors.count) error\(check.errors.count == 1 ? "" : "s")"
                        print(summary)
                    }
                    if check.scenario == nil { status = max(status, ExitStatus.checkFailed.rawValue) }
                } catch {
                    results.append(CheckResult(file: file, valid: false, diagnostics: [], problem: error.description))
                    if !json { printError("\(style.red("error:")) \(error.description)") }
                    status = max(status, ExitStatus.code(for: error).rawValue)
                }
            }
            if json { try printJSON(results) }
            if status != 0 { throw ExitCode(status) }
        }
    }

    /// `kata scenario new`: a commented starter file that passes `check`, to edit from.
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write a commented starter scenario that passes check.")

        @Option(name: .long, help: "Start from this scenario (id or path) instead of the built-in template.")
        var from: String?
        @Argument(help: "The file to write, e.g. scenarios/my-account.yaml; its name becomes the id.")
        var file: String

        func run() throws {
            let id = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            guard id.range(of: "^[a-z0-9][a-z0-9-]*$", options: .regularExpression) != nil else {
                printError(
                    "error: '\(id)' cannot be a scenario id: name the file with lowercase letters, digits and '-', e.g. my-account.yaml"
                )
                throw ExitStatus.usage
            }
            guard !FileManager.default.fileExists(atPath: file) else {
                printError("error: \(file) already exists; choose another name or delete it first")
                throw ExitStatus.cannotCreate
            }
            let text: String
            if let from {
                let source: String
                do throws(ScenarioError) {
                    source = try ScenarioLibrary().resolve(from)
                    _ = try ScenarioLoader.load(path: source)
                } catch {
                    throw report(error)
                }
                let original = (try? String(contentsOfFile: source, encoding: .utf8)) ?? ""
                text = StarterScenario.renaming(original, to: id)
            } else {
                text = StarterScenario.text(id: id)
            }
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: file))
            } catch {
                printError("error: cannot write \(file): \(error.localizedDescription)")
                throw ExitStatus.cannotCreate
            }
            print("wrote \(file) (id: \(id)); edit it, then run: kata scenario check \(file)")
        }
    }
}
