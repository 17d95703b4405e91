import Foundation
import KataLanguage
import KataScenario
import KataTerms
import KataTranscript

/// `kata-fuzz`: a bounded mutation fuzzer for the three readers hostile input reaches — the scenario
/// loader, the transcript reader and the free-text reader. Each input is a seed from
/// `Benchmarks/fuzz/corpus/<entry>/` (the crashers found so far among them) mutated a few times;
/// the reader must return (a value or a located error) — a trap ends the run with the input saved —
/// and no input may take longer than a second. It is a test harness, not a product command.
///
///     swift run -c release kata-fuzz scenario --runs 1000000
///     swift run -c release kata-fuzz transcript --seconds 600
@main
struct Fuzz {
    enum Entry: String, CaseIterable {
        case scenario, transcript, utterance
    }

    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        func option(_ name: String) -> Double? {
            guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
            defer { arguments.removeSubrange(index...(index + 1)) }
            return Double(arguments[index + 1])
        }
        let runs = option("--runs").map(Int.init) ?? 10_000
        let seconds = option("--seconds")
        let seed = option("--seed").map(UInt64.init) ?? 1
        guard let name = arguments.first, let entry = Entry(rawValue: name) else {
            FileHandle.standardError.write(
                Data("usage: kata-fuzz scenario|transcript|utterance [--runs N] [--seconds S] [--seed N]\n".utf8))
            exit(64)
        }
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("corpus/\(name)")
        let seeds = ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).sorted().compactMap {
            FileManager.default.contents(atPath: corpus.appendingPathComponent($0).path)
        }
        guard !seeds.isEmpty else {
            FileHandle.standardError.write(Data("kata-fuzz: no seeds in \(corpus.path)\n".utf8))
            exit(66)
        }
        let target = Target(entry)
        var mutator = Mutator(seed: seed, dictionary: Self.dictionary)
        // The input being read, on disk first: a trap leaves it behind to reproduce.
        let last = FileManager.default.temporaryDirectory.appendingPathComponent("kata-fuzz-\(name)-last-input")
        let started = Date()
        var slowest = (seconds: 0.0, input: Data())
        var executions = 0
        var located = 0
        while executions < runs || seconds != nil {
            if let seconds, Date().timeIntervalSince(started) >= seconds { break }
            var input = seeds[Int(mutator.next() % UInt64(seeds.count))]
            for _ in 0..<(1 + Int(mutator.next() % 4)) { input = mutator.mutate(input) }
            if executions % 64 == 0 { try? input.write(to: last) }
            let clock = ContinuousClock.now
            if target.run(input) { located += 1 }
            let duration = ContinuousClock.now - clock
            let took = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
            if took > slowest.seconds { slowest = (took, input) }
            executions += 1
        }
        let elapsed = Date().timeIntervalSince(started)
        print(
            "\(name): \(executions) executions in \(String(format: "%.1f", elapsed)) s (\(Int(Double(executions) / max(elapsed, 0.001)))/s), 0 crashes, \(located) rejected with a message, slowest input \(String(format: "%.1f", slowest.seconds * 1000)) ms"
        )
        if slowest.seconds > 1 {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("kata-fuzz-\(name)-slow").path
            _ = FileManager.default.createFile(atPath: path, contents: slowest.input)
            print("an input took over 1 s: \(path)")
            exit(1)
        }
    }

    /// Tokens the mutator splices in: YAML structure and aliases, transcript fields, and the words
    /// and numbers of the free-text grammar.
    static let dictionary: [String] = [
        "&a ", "*a", "<<: ", "? ", ": ", "- ", "[", "]", "{", "}", "\"", "'", "#", "\n", "\r\n", "\t", "\u{0}", "\u{1B}[2J",
        "1e308", "-1", "nan", ".inf", "0x10", "99999999999999999999", "kata: 1", "terms:", "persona:", "lines:",
        "\"hash\":\"", "\"type\":\"move\"", "\"actor\":\"trainee\"", "\"round\":", "\"seq\":", "{\"move\":{}}",
        "如果，", "那么", "返利", "个点", "百分之", "万", "千", "再让半个点", "两档", "不", "不是", "最后报价", "成交", "if ", " then ",
        "rebate", "%", "days", "slots", "not", "final offer", "deal", "，", "、", "和", "但是",
    ]
}

/// One entry point under test.
struct Target {
    let run: (Data) -> Bool

    /// Each returns whether the input was rejected with a message (as opposed to read).
    init(_ entry: Fuzz.Entry) {
        switch entry {
        case .scenario:
            run = { data in
                guard let text = String(data: data, encoding: .utf8) else { return true }
                return ScenarioLoader.check(yaml: text, file: "fuzz.yaml").scenario == nil
            }
        case .transcript:
            run = { data in
                do throws(TranscriptFile.Problem) {
                    _ = try TranscriptFile.read(data, path: "fuzz.jsonl")
                    return false
                } catch {
                    return !error.description.isEmpty
                }
            }
        case .utterance:
            let terms = Target.terms
            run = { data in
                let text = String(decoding: data, as: UTF8.self)
                return Utterance.parse(text, terms: terms, standing: nil).move == nil
            }
        }
    }

    /// The default scenario's terms, for the free-text reader.
    static let terms: [Term] = {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/kata/Resources/scenarios/carrefour-annual.yaml").standardized.path
        return (try? ScenarioLoader.load(path: path).scenario.terms) ?? []
    }()
}

/// Byte-level mutations (flip, insert, delete, duplicate, splice a dictionary token, repeat a
/// slice) driven by a SplitMix64 stream, so a run is reproducible from its seed.
struct Mutator {
    var state: UInt64
    let dictionary: [[UInt8]]

    init(seed: UInt64, dictionary: [String]) {
        state = seed
        self.dictionary = dictionary.map { Array($0.utf8) }
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { bound <= 0 ? 0 : Int(next() % UInt64(bound)) }

    mutating func mutate(_ input: Data) -> Data {
        var bytes = [UInt8](input)
        let at = below(bytes.count + 1)
        switch below(7) {
        case 0 where !bytes.isEmpty:
            bytes[min(at, bytes.count - 1)] ^= UInt8(1 << below(8))
        case 1:
            bytes.insert(UInt8(truncatingIfNeeded: next()), at: at)
        case 2 where !bytes.isEmpty:
            bytes.removeSubrange(at..<min(bytes.count, at + 1 + below(16)))
        case 3:
            bytes.insert(contentsOf: dictionary[below(dictionary.count)], at: at)
        case 4 where !bytes.isEmpty:
            let start = below(bytes.count)
            let slice = bytes[start..<min(bytes.count, start + 1 + below(64))]
            bytes.insert(contentsOf: slice, at: at)
        case 5 where !bytes.isEmpty:
            // a slice repeated many times: long lines, deep nesting, long lists
            let start = below(bytes.count)
            let slice = Array(bytes[start..<min(bytes.count, start + 1 + below(8))])
            bytes.insert(contentsOf: Array(repeating: slice, count: 1 + below(300)).joined(), at: at)
        default:
            if let line = bytes.firstIndex(of: 0x0A), at < bytes.count {
                // swap a line to another place
                let cut = Array(bytes[0...line])
                bytes.removeSubrange(0...line)
                bytes.insert(contentsOf: cut, at: min(at, bytes.count))
            }
        }
        return Data(bytes)
    }
}
