import CReadline
import Foundation
import Synchronization

/// Where the REPL's lines come from: GNU readline on a terminal (editing, history, completion), or
/// plain lines from a pipe or a script file, echoed after the prompt so a transcript of the run
/// reads as if typed.
protocol LineSource {
    /// The next line, or `nil` at the end (Ctrl-D, end of file).
    mutating func read(prompt: String) -> String?
    /// Saves what should outlive the session (history).
    func close()
}

/// Lines from a pipe or a file, without readline.
struct PlainLineSource: LineSource {
    private var lines: [String]?
    private var position = 0

    /// Standard input, read line by line.
    init() { lines = nil }

    /// The lines of a script file.
    init(script: String) {
        // "\r\n" is one Character in Swift: a script written on Windows plays line by line too.
        lines = script.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init)
    }

    mutating func read(prompt: String) -> String? {
        // The prompt goes out (flushed) before waiting, so whoever drives the pipe sees it.
        print(prompt, terminator: "")
        fflush(nil)
        let line: String?
        if let lines {
            // a trailing newline leaves one empty last element: the script's end
            line = position < lines.count && !(position == lines.count - 1 && lines[position].isEmpty) ? lines[position] : nil
            position += 1
        } else {
            line = Swift.readLine(strippingNewline: true)
        }
        guard let line else { return nil }
        print(line)
        return line
    }

    func close() {}
}

/// The completion candidates readline offers (commands, term ids, names and aliases): readline calls
/// a plain C function, so they live here.
private let completionWords = Mutex<[String]>([])

/// GNU readline: line editing, a history file in the home folder, tab completion, Ctrl-C that
/// cancels the line.
struct ReadlineSource: LineSource {
    private let historyPath: String

    init(completions: [String]) {
        historyPath = (NSHomeDirectory() as NSString).appendingPathComponent(".kata_history")
        completionWords.withLock { $0 = completions.sorted() }
        creadline_set_word_breaks()
        creadline_set_attempted_completion(complete)
        creadline_install_interrupt_handler()
        read_history(historyPath)
    }

    mutating func read(prompt: String) -> String? {
        guard let raw = readline(prompt) else { return nil }
        defer { free(raw) }
        creadline_reset_interrupts()
        let line = String(cString: raw)
        if !line.trimmingCharacters(in: .whitespaces).isEmpty { add_history(raw) }
        return line
    }

    func close() {
        write_history(historyPath)
        history_truncate_file(historyPath, 1000)
    }
}

/// readline's completion hook: candidates that start with the word typed.
private func complete(_ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32) -> UnsafeMutablePointer<
    UnsafeMutablePointer<CChar>?
>? {
    creadline_suppress_filename_completion()
    return rl_completion_matches(text, nextCompletion)
}

/// The `state`-th candidate for `text`, as readline wants it (a `strdup` it frees), or nil when done.
private func nextCompletion(_ text: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<CChar>? {
    guard let text else { return nil }
    let prefix = String(cString: text).lowercased()
    let matches = completionWords.withLock { words in words.filter { $0.lowercased().hasPrefix(prefix) } }
    guard Int(state) < matches.count else { return nil }
    return strdup(matches[Int(state)])
}
