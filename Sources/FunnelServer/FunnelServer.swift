/// The HTTPS GraphQL server (issue 4).
public enum FunnelServer {}
