/// Hit-testing for mouse events.
extension Rect {
    /// True when the cell (`x`, `y`) lies inside the rectangle.
    public func contains(x pointX: Int, y pointY: Int) -> Bool {
        pointX >= x && pointX < maxX && pointY >= y && pointY < maxY
    }
}
