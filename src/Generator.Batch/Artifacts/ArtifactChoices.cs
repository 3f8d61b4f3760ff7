namespace Generator.Batch.Artifacts;

/// <summary>Which optional whole-run outputs a front end asked for (<see cref="ArtifactCatalog.For"/>); a new optional
/// output adds its switch here, so existing callers keep compiling.</summary>
public sealed record ArtifactChoices
{
    /// <summary>Make print.pdf, the combined print PDF of all recipients (CLI: on unless --no-print).</summary>
    public bool Print { get; init; } = true;

    /// <summary>Make e-mail drafts with the recipient's PDF attached (CLI: --eml).</summary>
    public bool Eml { get; init; }

    /// <summary>The recipients' PDFs carry 別添 (<see cref="BatchOptions.Attachments"/>): print.pdf is then put together
    /// from those files, attachments included.</summary>
    public bool WithAttachments { get; init; }

    /// <summary>The e-mail drafts' body template (<see cref="Mail.MailBody.For"/>: the template's own mail.sbn); null for the built-in one.</summary>
    public Mail.MailBody? MailBody { get; init; }
}
