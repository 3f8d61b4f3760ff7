namespace Generator.Studio.Workspace;

/// <summary>What a draft remembers besides its notice (<c>drafts/&lt;id&gt;/draft.yaml</c>).</summary>
public sealed class DraftSettings
{
    /// <summary>The template the draft fills in.</summary>
    public string Template { get; set; } = "";

    /// <summary>The recipient shown in the preview: a directory code (011002), or <c>&lt;upload&gt;#&lt;row index&gt;</c>.</summary>
    public string? PreviewRecipient { get; set; }

    /// <summary>Who the draft is sent to: a <c>builtin:</c> selector, or <c>upload:&lt;id&gt;</c>.</summary>
    public string? Recipients { get; set; }

    /// <summary>Short title shown on the start page.</summary>
    public string? Title { get; set; }
}
