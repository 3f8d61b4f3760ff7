namespace Generator.Conventions;

/// <summary>
/// Thrown by the template function <c>refuse</c> when a template will not draft a document for this recipient and date
/// (e.g. a 地方独立行政法人's 諮問書 from 2023-04-01): the message says why, the hint what to do instead.
/// </summary>
/// <param name="message">Why the document is refused (English, Japanese terms as they are).</param>
/// <param name="hint">What to do instead.</param>
public sealed class DocumentRefusedException(string message, string hint) : ArgumentException(message)
{
    /// <summary>What to do instead, shown after the message.</summary>
    public string Hint { get; } = hint;
}
