/// A part's share of a whole, the one rule every share follows (a gate's
/// share of trade, a zone's of output, occupancy, disbursement, pace
/// toward a target): nil when the part is unknown or the whole is not
/// positive. A share of nothing is no figure ("–", `null`), never 0% and
/// never a huge percentage.
func share(_ part: Double?, of whole: Double?) -> Double? {
    guard let part, let whole, whole > 0 else { return nil }
    return part / whole
}
