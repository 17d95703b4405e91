import Foundation
import Yams

/// The result of reading a scenario file: the scenario when it has no error, and every problem found.
public struct ScenarioCheck: Sendable {
    /// `nil` whenever there is at least one error: a bad file never half-loads.
    public var scenario: Scenario?
    public private(set) var diagnostics: [Diagnostic]
    /// Where the persona's reservation is written (else the top of the file): where a finding about
    /// the deal space, such as an empty ZOPA, is reported.
    public var reservationLocation: SourceLocation?

    init(scenario: Scenario?, diagnostics: [Diagnostic], reservationLocation: SourceLocation? = nil) {
        self.scenario = scenario
        self.diagnostics = ScenarioLoader.sorted(diagnostics)
        self.reservationLocation = reservationLocation
    }

    /// Adds findings of a later pass (an analysis lint), keeping the file order.
    public mutating func add(_ more: [Diagnostic]) {
        diagnostics = ScenarioLoader.sorted(diagnostics + more)
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

/// Reads `kata: 1` scenario files (DESIGN §5) and validates them, reporting every problem with its
/// line and column.
public enum ScenarioLoader {
    /// Reads and checks the file at `path`.
    public static func check(path: String) throws(ScenarioError) -> ScenarioCheck {
        guard FileManager.default.fileExists(atPath: path) else { throw .notFound(path) }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > DocumentBounds.maximumBytes {
            return ScenarioCheck(scenario: nil, diagnostics: [DocumentBounds.tooLarge(size, file: path)])
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "permission denied or not a regular file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return ScenarioCheck(scenario: nil, diagnostics: [notUTF8(data, file: path)])
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
        if let problem = DocumentBounds.problem(in: yaml, file: file) {
            return ScenarioCheck(scenario: nil, diagnostics: [problem])
        }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                let empty = Diagnostic(
                    .error, at: SourceLocation(file: file, line: 1, column: 1),
                    "the file is empty: a scenario starts with 'kata: 1'")
                return ScenarioCheck(scenario: nil, diagnostics: [empty])
            }
            root = node
        } catch let error as YamlError {
            return ScenarioCheck(scenario: nil, diagnostics: [syntaxDiagnostic(error, file: file, yaml: yaml)])
        } catch {
            let unknown = Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1), "cannot parse YAML: \(error)")
            return ScenarioCheck(scenario: nil, diagnostics: [unknown])
        }
        var decoder = ScenarioDecoder(reader: reader)
        let scenario = decoder.decode(root)
        reader = decoder.reader
        if let scenario, !reader.hasErrors {
            return ScenarioCheck(
                scenario: scenario, diagnostics: reader.diagnostics,
                reservationLocation: reader.location(decoder.reservationNode ?? root))
        }
        return ScenarioCheck(scenario: nil, diagnostics: reader.diagnostics)
    }

    /// Where the first byte that is not UTF-8 is: its line, and its column in characters.
    private static func notUTF8(_ data: Data, file: String) -> Diagnostic {
        var line = 1
        var column = 1
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var byte = 0
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                byte += UTF8.width(scalar)
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput, .error:
                break decoding
            }
        }
        return Diagnostic(
            .error, at: SourceLocation(file: file, line: line, column: column),
            "byte \(byte + 1) is not UTF-8: save the scenario as UTF-8 text")
    }

    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let (x, y) = (a.element.location, b.element.location)
            return (x.line, x.column, a.offset) < (y.line, y.column, b.offset)
        }.map(\.element)
    }

    private static func syntaxDiagnostic(_ error: YamlError, file: String, yaml: String) -> Diagnostic {
        func at(_ mark: Mark, _ message: String) -> Diagnostic {
            at(mark.line, mark.column, message)
        }
        func at(_ line: Int, _ column: Int, _ message: String) -> Diagnostic {
            Diagnostic(.error, at: SourceLocation(file: file, line: line, column: column), "YAML syntax: \(message)")
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            // An unclosed flow collection is noticed lines later: point at where it was opened.
            if let context, context.text.contains("flow"), context.mark.line < mark.line {
                let opener = context.text.contains("sequence") ? "[" : "{"
                return at(
                    context.mark,
                    "the '\(opener)' opened here is not closed: \(problem) (the parser gave up at line \(mark.line), column \(mark.column))"
                )
            }
            let detail = context.map { " (\($0.text) at line \($0.mark.line), column \($0.mark.column))" } ?? ""
            return at(mark, problem + detail)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            let repeated = repeatedKey(key, after: context.mark, in: yaml)
            let first = "first at line \(context.mark.line), column \(context.mark.column)"
            let message = "key '\(key)' is given twice in this mapping (\(first))"
            return repeated.map { at($0.line, $0.column, message) } ?? at(context.mark, message)
        case .reader(let problem, let offset, _, _):
            guard let offset else { return at(1, 1, problem) }
            // The reader counts bytes: turn the offset into a line and a column in characters.
            let before = yaml.utf8.prefix(offset)
            let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            let lineStart = before.lastIndex(of: 0x0A).map { before.index(after: $0) } ?? before.startIndex
            let column = (String(yaml.utf8[lineStart..<before.endIndex]) ?? "").count + 1
            return at(line, column, "\(problem) (byte \(offset + 1))")
        default:
            return Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1), "YAML syntax: \(error)")
        }
    }

    /// Where `key` is written again, at the same indentation, after its first appearance at `first`
    /// (Yams reports only the first one).
    private static func repeatedKey(_ key: String, after first: Mark, in yaml: String) -> (line: Int, column: Int)? {
        let lines = yaml.components(separatedBy: "\n")
        guard first.line - 1 < lines.count else { return nil }
        let firstLine = Array(lines[first.line - 1].unicodeScalars)
        let indent = firstLine.prefix { $0 == " " }.count
        for number in first.line..<lines.count {
            let line = lines[number]
            let scalars = Array(line.unicodeScalars)
            let lineIndent = scalars.prefix { $0 == " " }.count
            let content = String(String.UnicodeScalarView(scalars.dropFirst(lineIndent)))
            if !content.isEmpty && !content.hasPrefix("#") && lineIndent < indent { return nil }
            if lineIndent == indent && (content.hasPrefix(key + ":") || content.hasPrefix("- " + key + ":")) {
                return (number + 1, indent + 1)
            }
        }
        return nil
    }
}
