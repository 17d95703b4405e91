import Foundation

/// The built `kata` executable, run as a user would: arguments, environment, standard input, and what
/// comes back on standard output, standard error and the exit code.
struct KataBinary {
    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    /// The package's root folder, where `scenarios/` lives.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `kata` sits beside the test bundle in the build products folder.
    static let url = executable("kata")
    /// The fuzzer (Benchmarks/fuzz), built beside it.
    static let fuzzer = executable("kata-fuzz")

    private static func executable(_ name: String) -> URL? {
        let candidates = [
            Bundle.main.bundleURL,
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
        ]
        for folder in candidates {
            for base in [folder, folder.deletingLastPathComponent()] {
                let url = base.appendingPathComponent(name)
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                    return url
                }
            }
        }
        return nil
    }

    struct NotBuilt: Error, CustomStringConvertible {
        var description: String { "the kata executable was not found beside the test bundle (\(Bundle.main.bundleURL.path))" }
    }

    /// Runs `kata` with `arguments` in `directory` (the package root by default), `NO_COLOR` unset
    /// unless given, and `input` on standard input.
    static func run(
        _ arguments: [String], in directory: URL = packageRoot, environment: [String: String] = [:], input: String = "",
        executable: URL? = url
    ) throws -> Result {
        guard let url = executable else { throw NotBuilt() }
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "KATA_SCENARIOS")
        env["LANG"] = "C.UTF-8"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let output = Pipe()
        let error = Pipe()
        let standardInput = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = standardInput
        try process.run()
        standardInput.fileHandleForWriting.write(Data(input.utf8))
        try standardInput.fileHandleForWriting.close()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
            error: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh empty folder for files a test writes.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kata-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
