import KataScenario

/// One `TERM=VALUE` what-if, as typed after `kata calc` or the REPL's `calc`: the term by id, name or
/// alias (Chinese included), the value in the term's unit as `ValueText` reads it.
public struct TermAssignment: Sendable, Hashable {
    public var term: Int
    public var value: Double

    /// Why an assignment was refused, in words for the user.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Parses `text` against the scenario's terms, checking the value against the term's range and step.
    public static func parse(_ text: String, in scenario: Scenario) throws(Problem) -> TermAssignment {
        let separators: [Character] = ["=", "＝"]
        guard let split = text.firstIndex(where: separators.contains) else {
            throw Problem(description: "'\(text)': write TERM=VALUE, e.g. rebate=5 or 返利=5")
        }
        let name = text[..<split].trimmingCharacters(in: .whitespaces)
        let valueText = text[text.index(after: split)...].trimmingCharacters(in: .whitespaces)
        guard let index = scenario.termIndex(named: name) else {
            let names = scenario.terms.flatMap { [$0.id] + $0.name.all + $0.aliases }
            let terms = scenario.terms.map(\.id).joined(separator: ", ")
            let hint = Spelling.hint(for: name, among: names)
            throw Problem(description: "'\(name)' is not a term of \(scenario.id)\(hint); terms: \(terms)")
        }
        let term = scenario.terms[index]
        let value: Double
        do throws(ValueText.Problem) {
            value = try ValueText.read(valueText, for: term)
        } catch {
            throw Problem(description: "'\(text)': \(error)")
        }
        if let problem = term.problem(with: value) {
            throw Problem(description: "'\(text)': \(term.id) \(problem.message(.en))")
        }
        return TermAssignment(term: index, value: value)
    }
}
