extension Duration {
    /// The duration as fractional seconds, for rates and log fields.
    var inSeconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
