import ArgumentParser
import Foundation
import KataScenario

/// The sysexits codes of DESIGN §9.
enum ExitStatus {
    /// A check failed: an invalid scenario, a transcript that does not verify.
    static let checkFailed = ExitCode(1)
    static let usage = ExitCode(64)
    static let dataError = ExitCode(65)
    static let noInput = ExitCode(66)
    static let cannotCreate = ExitCode(73)
    /// Standard output could not be written (a full disk, a closed pipe).
    static let ioError = ExitCode(74)

    /// The code for a scenario that could not be loaded by a command that needs it.
    static func code(for error: ScenarioError) -> ExitCode {
        switch error {
        case .notFound: noInput
        case .unreadable, .invalid: dataError
        }
    }
}

/// Writes a line to standard error.
func printError(_ text: String) {
    StandardStreams.writeError(text + "\n")
}

/// Prints the error of a scenario that failed to load and returns the exit code to throw.
func report(_ error: ScenarioError) -> ExitCode {
    let style = Style.standardError
    switch error {
    case .invalid(let diagnostics):
        for diagnostic in diagnostics { printError(render(diagnostic, style: style)) }
    case .notFound, .unreadable:
        printError("\(style.red("error:")) \(error.description)")
    }
    return ExitStatus.code(for: error)
}

/// A diagnostic as `file:line:column: error: message`, the severity coloured on a terminal.
func render(_ diagnostic: Diagnostic, style: Style) -> String {
    let severity =
        diagnostic.severity == .error
        ? style.red("error:") : style.yellow("warning:")
    return "\(style.bold(diagnostic.location.description + ":")) \(severity) \(diagnostic.message)"
}

/// JSON for machines: sorted keys, pretty, UTF-8 text left readable.
func printJSON<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    let data = try encoder.encode(value)
    print(String(decoding: data, as: UTF8.self))
}
