import ArgumentParser

@main
struct Kata: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "kata", abstract: "Key-Account Trade-terms Arena")
}
