namespace TheoremCheck.Data;

/// <summary>The file is not a well-formed IDX file of the expected kind; the message says why.</summary>
public sealed class IdxFormatException(string message, Exception? inner = null) : Exception(message, inner);
