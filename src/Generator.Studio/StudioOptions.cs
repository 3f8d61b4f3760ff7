using System.Net;

namespace Generator.Studio;

/// <summary>How the studio starts: where it listens, where the user's work is kept, and what it writes with.</summary>
public sealed record StudioOptions
{
    /// <summary>The workspace folder (drafts, template variants, uploads, runs); created when missing.</summary>
    public required string Workspace { get; init; }

    /// <summary>The built-in templates folder (never written).</summary>
    public required string TemplatesDirectory { get; init; }

    /// <summary>TCP port; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>Address to listen on; loopback unless the user says otherwise (<c>--listen</c>).</summary>
    public IPAddress ListenAddress { get; init; } = IPAddress.Loopback;

    /// <summary>The launch token; null makes a random one. Every request needs it (query once, then a cookie).</summary>
    public string? Token { get; init; }

    /// <summary>TrueType font for the PDF writer (null: IPAex明朝 from the system's font folders).</summary>
    public string? FontPath { get; init; }

    /// <summary>Largest recipient file accepted by upload, in bytes.</summary>
    public long MaxUploadBytes { get; init; } = 5 * 1024 * 1024;

}
