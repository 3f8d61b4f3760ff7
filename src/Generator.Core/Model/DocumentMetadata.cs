namespace Generator.Model;

/// <summary>Document properties written into DOCX and PDF; the date fixes every timestamp so output is reproducible.</summary>
/// <param name="Title">Title (the 件名 unless set otherwise).</param>
/// <param name="Author">Author (the first sender unless set otherwise).</param>
/// <param name="Subject">Subject line; may be empty.</param>
/// <param name="Date">The document's date; used for created/modified times. Null: a fixed default.</param>
/// <param name="Identifier">A stable identifier (e.g. template name + recipient code) used for PDF IDs; may be empty.</param>
/// <param name="Language">BCP 47 language tag, <c>ja-JP</c> by default.</param>
public sealed record DocumentMetadata(string Title, string Author, string Subject, DateOnly? Date, string Identifier, string Language = "ja-JP")
{
    /// <summary>The timestamp used when a document has no date: 2000-01-01T00:00:00Z.</summary>
    public static readonly DateTimeOffset DefaultTimestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The fixed creation/modification time: the date at 00:00 UTC, or <see cref="DefaultTimestamp"/>.</summary>
    public DateTimeOffset Timestamp => Date is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : DefaultTimestamp;
}
