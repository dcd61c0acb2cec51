namespace TheoremCheck.Claims;

public enum CheckOutcome { Passed, Failed, Exhausted }
