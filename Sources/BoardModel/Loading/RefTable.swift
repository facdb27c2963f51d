/// The valid references of one column found so far, by the hash of their
/// bytes (`TableReader.repeatedRef`): an open-addressing table in raw
/// storage, probed linearly. A `Dictionary` of tuples cost three times as
/// much per look-up, with a retain and release of the value each time
/// (progress reports over 5,000 assignments come in no order: every row
/// looks its task up here; make bench, assignments). Keyed by the hash
/// alone, as the dictionary was: the caller compares the bytes, and a
/// colliding id only costs the full check.
struct RefTable {
    /// Per place, the hash with its lowest bit set (0: empty).
    private var hashes: UnsafeMutablePointer<UInt64>
    private var fields: UnsafeMutablePointer<CSVReader.Field>
    /// Initialised exactly where `hashes` is not 0.
    private var values: UnsafeMutablePointer<String>
    private var mask: Int
    private var count = 0

    init() {
        let capacity = 64
        mask = capacity - 1
        hashes = .allocate(capacity: capacity)
        hashes.initialize(repeating: 0, count: capacity)
        fields = .allocate(capacity: capacity)
        values = .allocate(capacity: capacity)
    }

    /// Frees the storage (`RefSlots`' deinit: a struct has none).
    func free() {
        for i in 0...mask where hashes[i] != 0 { (values + i).deinitialize(count: 1) }
        hashes.deallocate()
        fields.deallocate()
        values.deallocate()
    }

    /// The entry of `hash`, if any.
    @inline(__always)
    func find(_ hash: UInt64) -> (field: CSVReader.Field, value: String)? {
        let key = hash | 1
        var i = place(key)
        while true {
            let h = hashes[i]
            if h == key { return (fields[i], values[i]) }
            if h == 0 { return nil }
            i = (i &+ 1) & mask
        }
    }

    /// The value of the entry of `hash`, if any (a `shortKey`, which
    /// needs no check of the field).
    @inline(__always)
    func value(_ hash: UInt64) -> String? {
        let key = hash | 1
        var i = place(key)
        while true {
            let h = hashes[i]
            if h == key { return values[i] }
            if h == 0 { return nil }
            i = (i &+ 1) & mask
        }
    }

    /// Sets the entry of `hash` (replacing the one there).
    mutating func set(_ hash: UInt64, _ field: CSVReader.Field, _ value: String) {
        if (count + 1) * 2 > mask + 1 { grow() }
        let key = hash | 1
        var i = place(key)
        while true {
            let h = hashes[i]
            if h == key {
                fields[i] = field
                values[i] = value
                return
            }
            if h == 0 {
                hashes[i] = key
                (fields + i).initialize(to: field)
                (values + i).initialize(to: value)
                count += 1
                return
            }
            i = (i &+ 1) & mask
        }
    }

    /// Where a key's probe starts: its bits mixed, the high ones taken.
    @inline(__always)
    private func place(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    private mutating func grow() {
        let old = (hashes: hashes, fields: fields, values: values, capacity: mask + 1)
        let capacity = old.capacity * 2
        mask = capacity - 1
        hashes = .allocate(capacity: capacity)
        hashes.initialize(repeating: 0, count: capacity)
        fields = .allocate(capacity: capacity)
        values = .allocate(capacity: capacity)
        for j in 0..<old.capacity where old.hashes[j] != 0 {
            var i = place(old.hashes[j])
            while hashes[i] != 0 { i = (i &+ 1) & mask }
            hashes[i] = old.hashes[j]
            (fields + i).initialize(to: old.fields[j])
            (values + i).moveInitialize(from: old.values + j, count: 1)
        }
        old.hashes.deallocate()
        old.fields.deallocate()
        old.values.deallocate()
    }
}
