import Foundation
import Yams

/// The result of reading a scenario file: the scenario when it has no error, and every problem found.
public struct ScenarioCheck: Sendable {
    /// `nil` whenever there is at least one error: a bad file never half-loads.
    public var scenario: Scenario?
    public var diagnostics: [Diagnostic]

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

/// Reads `kata: 1` scenario files (DESIGN §5) and validates them, reporting every problem with its
/// line and column.
public enum ScenarioLoader {
    /// Reads and checks the file at `path`.
    public static func check(path: String) throws(ScenarioError) -> ScenarioCheck {
        guard FileManager.default.fileExists(atPath: path) else { throw .notFound(path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "permission denied or not a regular file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .unreadable(path: path, reason: "not UTF-8 text")
        }
        return check(yaml: text, file: path)
    }

    /// Loads the file at `path`, throwing `.invalid` with every diagnostic when it has an error.
    public static func load(path: String) throws(ScenarioError) -> (scenario: Scenario, warnings: [Diagnostic]) {
        let result = try check(path: path)
        guard let scenario = result.scenario else { throw .invalid(result.diagnostics) }
        return (scenario, result.warnings)
    }

    /// Checks YAML text; `file` is the name used in diagnostics.
    public static func check(yaml: String, file: String) -> ScenarioCheck {
        var reader = DocumentReader(file: file)
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                let empty = Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1),
                                       "the file is empty: a scenario starts with 'kata: 1'")
                return ScenarioCheck(scenario: nil, diagnostics: [empty])
            }
            root = node
        } catch let error as YamlError {
            return ScenarioCheck(scenario: nil, diagnostics: [syntaxDiagnostic(error, file: file)])
        } catch {
            let unknown = Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1), "cannot parse YAML: \(error)")
            return ScenarioCheck(scenario: nil, diagnostics: [unknown])
        }
        var decoder = ScenarioDecoder(reader: reader)
        let scenario = decoder.decode(root)
        reader = decoder.reader
        if let scenario, !reader.hasErrors {
            let zopa = ZOPA(scenario)
            if zopa.isEmpty {
                reader.warning(decoder.reservationNode ?? root, emptyZOPAMessage(scenario))
            }
            return ScenarioCheck(scenario: scenario, diagnostics: sorted(reader.diagnostics))
        }
        return ScenarioCheck(scenario: nil, diagnostics: sorted(reader.diagnostics))
    }

    private static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let (x, y) = (a.element.location, b.element.location)
            return (x.line, x.column, a.offset) < (y.line, y.column, b.offset)
        }.map(\.element)
    }

    private static func emptyZOPAMessage(_ scenario: Scenario) -> String {
        let targets = scenario.targets
        return "empty ZOPA: no package gives the buyer its reservation utility while keeping margin ≥ "
            + "\(Format.percent(targets.marginFloor)), trade spend ≤ \(Format.percent(targets.tradeSpendCap)) "
            + "and promotions ≥ \(Format.number(targets.promotionsMinimum)); fine for a walk-away scenario, "
            + "where walking away is the right answer"
    }

    private static func syntaxDiagnostic(_ error: YamlError, file: String) -> Diagnostic {
        func at(_ mark: Mark, _ message: String) -> Diagnostic {
            Diagnostic(.error, at: SourceLocation(file: file, line: mark.line, column: mark.column), "YAML syntax: \(message)")
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { " (\($0.text) at line \($0.mark.line), column \($0.mark.column))" } ?? ""
            return at(mark, problem + detail)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return at(context.mark, "duplicate key \(keys) in this mapping")
        case .reader(let problem, let offset, _, _):
            let where_ = offset.map { " at byte \($0)" } ?? ""
            return Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1), "YAML syntax: \(problem)\(where_)")
        default:
            return Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1), "YAML syntax: \(error)")
        }
    }
}
