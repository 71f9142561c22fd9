/// Turns a validated operation into a plan and the plan into SQL with bind parameters (issue 4).
public enum FunnelPlanner {}
