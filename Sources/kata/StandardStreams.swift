import CReadline
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The three standard descriptors, made safe before anything else runs. A closed one is reopened on
/// /dev/null, so no file opened later takes its number and receives the screen (a transcript opened as
/// descriptor 1 would); a closed pipe is an error to report, not a death (SIGPIPE ignored); and
/// everything goes through C stdio, which fails without trapping where `FileHandle.write` would.
enum StandardStreams {
    /// Run first in `main`.
    static func prepare() {
        for descriptor in Int32(0)...2 where fcntl(descriptor, F_GETFD) == -1 {
            let opened = open("/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY)
            if opened >= 0 && opened != descriptor {
                dup2(opened, descriptor)
                close(opened)
            }
        }
        signal(SIGPIPE, SIG_IGN)
        // Past a file-size limit a write fails (EFBIG) and is reported, instead of killing the process.
        signal(SIGXFSZ, SIG_IGN)
    }

    /// Writes `text` to standard error, unbuffered; a failure there has nowhere left to be reported.
    static func writeError(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            bytes = bytes.dropFirst(written)
        }
    }

    /// Whether something written to standard output did not reach it (a full disk, a closed pipe).
    static var outputFailed: Bool { creadline_standard_output_failed() != 0 }
}
