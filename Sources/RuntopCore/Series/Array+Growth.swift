extension Array {
    /// Makes room for `total` elements, growing geometrically: doubling below 64 KiB, then by a sixteenth.
    ///
    /// A series column is long-lived and only ever grows, so slack is memory held for nothing: doubling could
    /// leave half of a 10-million-point column unused. Growing by 1/16 keeps the slack under 6.25 % at the
    /// price of copying each element about 16 times over its life (still amortised O(1)). Reserving the exact
    /// size instead would copy the whole column on every small batch.
    @inline(__always)
    mutating func reserveGrowing(toHold total: Int) {
        guard total > capacity else { return }
        let grown = count * MemoryLayout<Element>.stride < 65_536 ? Swift.max(count * 2, 16) : count + count / 16
        reserveCapacity(Swift.max(total, grown))
    }
}
