/// Placeholder until the warehouse lands.
public enum Warehouse {}
