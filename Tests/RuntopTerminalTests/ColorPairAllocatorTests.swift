import Testing

@testable import RuntopTerminal

@Suite struct ColorPairAllocatorTests {
    private let defaultKey = ColorPairKey(foreground: -1, background: -1)

    @Test func defaultColoursUsePairZeroWithoutAllocating() {
        var allocator = ColorPairAllocator(capacity: 64, defaultPair: defaultKey)
        #expect(allocator.assign(defaultKey) == .existing(0))
        #expect(allocator.pairs.isEmpty)
    }

    @Test func newCombinationsGetConsecutivePairsAndAreReused() {
        var allocator = ColorPairAllocator(capacity: 64, defaultPair: defaultKey)
        let red = ColorPairKey(foreground: 1, background: -1)
        let blue = ColorPairKey(foreground: 4, background: -1)
        #expect(allocator.assign(red) == .allocated(1))
        #expect(allocator.assign(blue) == .allocated(2))
        #expect(allocator.assign(red) == .existing(1))
    }

    @Test func exhaustedPairsFallBackToTheNearestExistingPair() {
        var allocator = ColorPairAllocator(capacity: 3, defaultPair: defaultKey)
        _ = allocator.assign(ColorPairKey(foreground: 1, background: 0))
        _ = allocator.assign(ColorPairKey(foreground: 4, background: 0))
        let brightRed = allocator.assign(ColorPairKey(foreground: 9, background: 0))
        #expect(brightRed == .substituted(1))
        let brightBlue = allocator.assign(ColorPairKey(foreground: 12, background: 0))
        #expect(brightBlue == .substituted(2))
    }

    @Test func exhaustedDefaultLikeCombinationFallsBackToPairZero() {
        var allocator = ColorPairAllocator(capacity: 2, defaultPair: defaultKey)
        _ = allocator.assign(ColorPairKey(foreground: 1, background: 4))
        #expect(allocator.assign(ColorPairKey(foreground: -1, background: 0)).pair == 0)
    }

    @Test func capacityOfOneNeverAllocates() {
        var allocator = ColorPairAllocator(capacity: 1, defaultPair: defaultKey)
        #expect(allocator.assign(ColorPairKey(foreground: 2, background: 3)) == .substituted(0))
    }
}
