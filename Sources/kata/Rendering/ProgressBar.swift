import Foundation

/// A progress bar on standard error, shown only on a terminal and only once the work has taken more
/// than a second, so quick runs and pipes stay clean.
struct ProgressBar {
    let total: Int
    let label: String
    private let start = Date()
    private let enabled = isatty(STDERR_FILENO) == 1
    private var shown = false
    private var lastDrawn = -1

    init(total: Int, label: String) {
        self.total = total
        self.label = label
    }

    mutating func update(_ done: Int) {
        guard enabled, total > 0, Date().timeIntervalSince(start) > 1 else { return }
        let percent = done * 100 / total
        guard percent != lastDrawn else { return }
        lastDrawn = percent
        shown = true
        let bar = Bar.text(Double(done) / Double(total), width: 30)
        StandardStreams.writeError("\r\(label) \(bar) \(percent)%")
    }

    /// Clears the bar's line, if it was drawn.
    func finish() {
        guard shown else { return }
        StandardStreams.writeError("\r\u{1B}[K")
    }
}
