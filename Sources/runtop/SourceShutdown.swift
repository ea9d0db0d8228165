import RuntopSources

/// Closes the HTTP connections `source` holds (Fusion, Dreadnode with its Tinker enricher, Tinker); local files
/// hold none. A headless command calls it once it has read what it prints.
func shutDownConnections(of source: any JobSource) async {
    switch source {
    case let fusion as FusionSource: await fusion.shutdown()
    case let dreadnode as DreadnodeSource: await dreadnode.shutdown()
    case let tinker as TinkerSource: await tinker.shutdown()
    default: break
    }
}
