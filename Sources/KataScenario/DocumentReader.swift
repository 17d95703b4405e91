import Foundation
import KataTerms
import Yams

/// Reads a composed YAML node tree field by field, collecting every problem with its line and column
/// instead of stopping at the first, so `kata scenario check` can report them all at once.
///
/// Codable decoding stops at the first error and knows no line numbers; this reader keeps both.
struct DocumentReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) { self.file = file }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    func location(_ node: Node) -> SourceLocation {
        location(node.mark)
    }

    func location(_ mark: Mark?) -> SourceLocation {
        SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    mutating func error(_ node: Node, _ message: String) {
        diagnostics.append(Diagnostic(.error, at: location(node), message))
    }

    mutating func error(at location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(.error, at: location, message))
    }

    mutating func warning(_ node: Node, _ message: String) {
        diagnostics.append(Diagnostic(.warning, at: location(node), message))
    }

    mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// The mapping at `node` with its keys checked: unknown keys (with a suggestion) and missing
    /// required keys are reported; `nil` when the node is not a mapping. A missing key is reported at
    /// `owner` (the key that holds the mapping) when given, and not at all when an unknown key is its
    /// likely misspelling, which is reported instead.
    mutating func fields(_ node: Node, _ what: String, required: [String], optional: [String] = [], owner: Node? = nil) -> Fields?
    {
        guard case .mapping(let mapping) = node else {
            error(node, "\(what) must be a mapping of keys to values, found \(describe(node))")
            return nil
        }
        var fields = Fields(node: node)
        let known = required + optional
        var misspelt: Set<String> = []
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                error(key, "\(what): keys must be plain words, found \(describe(key))")
                continue
            }
            let name = scalar.string
            if known.contains(name) {
                fields.values[name] = value
                fields.keys[name] = key
            } else {
                let suggestion = Spelling.suggestion(for: name, among: known)
                if let suggestion { misspelt.insert(suggestion) }
                error(key, "unknown key '\(name)' in \(what)" + (suggestion.map { " (did you mean '\($0)'?)" } ?? ""))
            }
        }
        let missing = required.filter { fields.values[$0] == nil && !misspelt.contains($0) }
        if !missing.isEmpty {
            let list = missing.map { "'\($0)'" }.joined(separator: ", ")
            error(owner ?? node, "\(what) is missing \(missing.count == 1 ? "the key" : "the keys") \(list)")
        }
        return fields
    }

    /// A mapping whose keys are data (term ids, line keys), in file order.
    mutating func entries(_ node: Node, _ what: String) -> [(key: String, keyNode: Node, value: Node)]? {
        guard case .mapping(let mapping) = node else {
            error(node, "\(what) must be a mapping, found \(describe(node))")
            return nil
        }
        var result: [(key: String, keyNode: Node, value: Node)] = []
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                error(key, "\(what): keys must be plain words, found \(describe(key))")
                continue
            }
            result.append((scalar.string, key, value))
        }
        return result
    }

    mutating func string(_ node: Node, _ what: String) -> String? {
        guard case .scalar(let scalar) = node else {
            error(node, "\(what) must be text, found \(describe(node))")
            return nil
        }
        let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty {
            error(node, "\(what) must not be empty")
            return nil
        }
        return scalar.string
    }

    mutating func number(_ node: Node, _ what: String) -> Double? {
        guard case .scalar(let scalar) = node, scalar.style == .plain else {
            error(node, "\(what) must be a number, found \(describe(node))")
            return nil
        }
        let text = scalar.string.replacingOccurrences(of: "_", with: "")
        guard let value = Double(text), value.isFinite else {
            let hint = scalar.string.hasSuffix("%") ? " (rates are written in percent points without '%': 5 means 5 %)" : ""
            error(node, "\(what) must be a number, found '\(scalar.string)'\(hint)")
            return nil
        }
        return value
    }

    mutating func integer(_ node: Node, _ what: String, atLeast minimum: Int) -> Int? {
        guard let value = number(node, what) else { return nil }
        guard value == value.rounded(), abs(value) < 1e15 else {
            error(node, "\(what) must be a whole number, found \(Format.number(value))")
            return nil
        }
        guard Int(value) >= minimum else {
            error(node, "\(what) must be at least \(minimum), found \(Format.number(value))")
            return nil
        }
        return Int(value)
    }

    /// A number inside `range`, with a message that names the bounds.
    mutating func number(_ node: Node, _ what: String, in range: ClosedRange<Double>) -> Double? {
        guard let value = number(node, what) else { return nil }
        guard range.contains(value) else {
            error(
                node,
                "\(what) must be between \(Format.number(range.lowerBound)) and \(Format.number(range.upperBound)), found \(Format.number(value))"
            )
            return nil
        }
        return value
    }

    mutating func bool(_ node: Node, _ what: String) -> Bool? {
        if case .scalar(let scalar) = node, scalar.style == .plain {
            switch scalar.string.lowercased() {
            case "true", "yes", "on": return true
            case "false", "no", "off": return false
            default: break
            }
        }
        error(node, "\(what) must be true or false, found \(describe(node))")
        return nil
    }

    mutating func choice<T: RawRepresentable & CaseIterable>(_ node: Node, _ what: String, as type: T.Type) -> T?
    where T.RawValue == String {
        guard let text = string(node, what) else { return nil }
        if let value = T(rawValue: text) { return value }
        let names = T.allCases.map(\.rawValue)
        let hint = Spelling.suggestion(for: text, among: names).map { "; did you mean '\($0)'?" } ?? ""
        error(node, "\(what) is '\(text)', which is not one of \(names.joined(separator: " | "))\(hint)")
        return nil
    }

    mutating func list(_ node: Node, _ what: String) -> [Node]? {
        guard case .sequence(let sequence) = node else {
            error(node, "\(what) must be a list, found \(describe(node))")
            return nil
        }
        return Array(sequence)
    }

    mutating func strings(_ node: Node, _ what: String) -> [String]? {
        guard let items = list(node, what) else { return nil }
        return items.compactMap { string($0, "each entry of \(what)") }
    }

    /// Text in the scenario's language, or `{zh: …, en: …}`.
    mutating func localized(_ node: Node, _ what: String, language: Language) -> LocalizedText? {
        if case .mapping = node {
            guard let fields = fields(node, what, required: [], optional: ["zh", "en"]) else { return nil }
            var text = LocalizedText()
            if let zh = fields["zh"] { text.zh = string(zh, "\(what).zh") }
            if let en = fields["en"] { text.en = string(en, "\(what).en") }
            if text.all.isEmpty {
                error(node, "\(what) needs text under 'zh', 'en' or both")
                return nil
            }
            return text
        }
        return string(node, what).map { LocalizedText($0, in: language) }
    }

    /// A short description of what a node is, for type errors.
    func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar):
            scalar.string.isEmpty ? "nothing" : "'\(scalar.string)'"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}

/// The checked keys of one YAML mapping, with their nodes for locations.
struct Fields {
    let node: Node
    var values: [String: Node] = [:]
    var keys: [String: Node] = [:]

    subscript(key: String) -> Node? { values[key] }
}
