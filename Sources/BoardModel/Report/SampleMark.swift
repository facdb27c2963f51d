/// How a report says that its data set is a sample (`dataset.csv`): a line
/// under a Markdown title, `"sample_data": true` first in JSON, a
/// `sample_data` figure or column in CSV. Real data shows nothing (JSON and
/// CSV say `false`).
public enum SampleMark {
    /// The words, as the screens' header shows them.
    public static func words(_ l: Lang) -> String { l.pick("DỮ LIỆU MẪU", "SAMPLE DATA") }

    /// The Markdown line under a report's title, with its blank line; none
    /// for real data.
    static func markdown(_ isSample: Bool, _ l: Lang, _ md: inout MarkdownText) {
        guard isSample else { return }
        md.line(
            "> **" + words(l) + "** — "
                + l.pick(
                    "số liệu minh họa, không phải số liệu chính thức (`dataset.csv`).",
                    "illustrative figures, not official ones (`dataset.csv`)."))
        md.blank()
    }

    /// The JSON member, first in every JSON document.
    static func json(_ isSample: Bool) -> (String, JSON) { ("sample_data", .bool(isSample)) }
}
