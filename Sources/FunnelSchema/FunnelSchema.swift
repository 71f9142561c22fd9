/// The typed query schema, validation and introspection (issue 4).
public enum FunnelSchema {}
