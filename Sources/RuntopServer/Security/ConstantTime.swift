/// Comparison whose duration does not depend on where two secrets differ.
enum ConstantTime {
    /// Whether `given` equals `expected`, looking at every byte of the longer one whatever the inputs,
    /// so timing reveals neither a matching prefix nor (beyond the longer length) the secret's length.
    static func equal(_ given: String, _ expected: String) -> Bool {
        let left = Array(given.utf8)
        let right = Array(expected.utf8)
        let length = max(left.count, right.count)
        var difference = UInt8(truncatingIfNeeded: left.count ^ right.count) | (left.count == right.count ? 0 : 1)
        for index in 0..<length {
            let leftByte = index < left.count ? left[index] : 0
            let rightByte = index < right.count ? right[index] : 0
            difference |= leftByte ^ rightByte
        }
        return difference == 0
    }
}
