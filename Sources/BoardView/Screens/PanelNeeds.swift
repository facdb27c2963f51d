import BoardModel
import Synchronization

/// The room a panel would like: its rows (`OverviewPanel.wantedHeight`)
/// and columns (`wantedWidth`, nil: as many as it gets).
struct PanelNeed: Equatable, Sendable {
    var width: Int?
    var height: Int
}

/// Every panel's need (and the overview's layout last chosen from them),
/// worked out once per board (a new one comes with
/// every change of the data set or summary, as `ListRows` does) and per
/// language, character set and registry, not for every frame: measuring
/// each gate's, zone's and unit's name and the summary lines was most of
/// the overview's cost per frame.
final class PanelNeeds: Sendable {
    private struct Key: Equatable {
        var lang: Lang
        var charset: Charset
        var panels: [ObjectIdentifier]
    }
    private struct Kept {
        var key: Key
        var needs: [PanelNeed]
    }
    private let kept = Mutex<Kept?>(nil)
    private let counter = Mutex(0)

    /// How many times the needs were worked out: once per board and
    /// language while frames are drawn (the tests hold it to that).
    var made: Int { counter.withLock { $0 } }

    private struct Placed {
        var key: Key
        var width: Int
        var height: Int
        var zoomed: Bool
        var layout: OverviewLayout
    }
    private let placed = Mutex<Placed?>(nil)

    /// The overview's layout for a body of `width`×`height` (the last one
    /// kept: a key or a frame at the same size does not choose again).
    func layout(width: Int, height: Int, zoomed: Bool, _ c: Ctx) -> OverviewLayout {
        let key = Key(lang: c.lang, charset: c.charset, panels: c.panels.panels.map { ObjectIdentifier($0) })
        if let kept = placed.withLock({ p in
            p.flatMap {
                $0.key == key && $0.width == width && $0.height == height && $0.zoomed == zoomed ? $0.layout : nil
            }
        }) {
            return kept
        }
        let layout = OverviewLayout(
            count: c.panels.count, width: width, height: height, zoomed: zoomed, needs: get(c))
        placed.withLock { $0 = Placed(key: key, width: width, height: height, zoomed: zoomed, layout: layout) }
        return layout
    }

    /// The needs of `c.panels`, in registry order.
    func get(_ c: Ctx) -> [PanelNeed] {
        let key = Key(lang: c.lang, charset: c.charset, panels: c.panels.panels.map { ObjectIdentifier($0) })
        if let needs = kept.withLock({ k in k.flatMap { $0.key == key ? $0.needs : nil } }) { return needs }
        let needs = c.panels.panels.map { PanelNeed(width: $0.wantedWidth(c), height: $0.wantedHeight(c)) }
        kept.withLock { $0 = Kept(key: key, needs: needs) }
        counter.withLock { $0 += 1 }
        return needs
    }
}
