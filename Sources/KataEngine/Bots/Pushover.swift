/// Gives whatever is asked: accepts the buyer's demand at once, and every nibble.
struct Pushover: Bot {
    mutating func move(_ view: TraineeView, after events: [Event]) -> Move { .accept }
}
