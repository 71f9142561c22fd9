/// Placeholder until the test cluster lands.
public enum TestCluster {}
