import KataTerms

/// A place in a source file, 1-based, as editors and compilers print it.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// One problem found in a scenario file, printed as `file:line:column: error: message`.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Errors stop a file from loading; warnings do not.
    public enum Severity: String, Sendable, Codable {
        case error, warning
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    /// Messages quote the file's values: they are printed escaped and, when long, cut.
    public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = PrintableText.short(message, limit: 600)
    }

    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

/// Why a scenario could not be loaded. Every case says where and what.
public enum ScenarioError: Error, Sendable, CustomStringConvertible {
    /// The file or id does not exist.
    case notFound(String)
    /// The file exists but could not be read as UTF-8 text.
    case unreadable(path: String, reason: String)
    /// The file was read but has errors; every problem found, errors and warnings.
    case invalid([Diagnostic])

    public var description: String {
        switch self {
        case .notFound(let name):
            "no scenario '\(PrintableText.short(name))': not a file, and not an id in ./scenarios, $KATA_SCENARIOS or the bundled scenarios"
        case .unreadable(let path, let reason):
            "\(PrintableText.short(path)): cannot read: \(reason)"
        case .invalid(let diagnostics):
            diagnostics.map(\.description).joined(separator: "\n")
        }
    }
}
