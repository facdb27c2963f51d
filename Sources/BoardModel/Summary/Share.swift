/// A part's share of a whole, the one rule every share follows (a gate's
/// share of trade, a zone's of output, occupancy, disbursement, pace
/// toward a target): nil when the part is unknown or the whole is not
/// positive. A share of nothing is no figure ("–", `null`), never 0% and
/// never a huge percentage.
func share(_ part: Double?, of whole: Double?) -> Double? {
    guard let part, let whole, whole > 0 else { return nil }
    return part / whole
}

/// The sum of the figures that exist; nil when none does. A sum over
/// nothing is no figure ("–", `null`), never a made-up 0.
func knownSum(_ values: [Double?]) -> Double? {
    var total: Double?
    for case let v? in values { total = (total ?? 0) + v }
    return total
}

/// `knownSum` of figures that always exist, when there are any.
func knownSum(_ values: [Double]) -> Double? {
    values.isEmpty ? nil : values.reduce(0, +)
}
