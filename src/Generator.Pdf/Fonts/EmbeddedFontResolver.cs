using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Generator.Pdf.Fonts;

/// <summary>A PDFsharp font resolver that serves the bytes of font files loaded by <see cref="FontRegistry"/>, by face name.</summary>
/// <remarks>PDFsharp 6 on Linux resolves no system fonts: this resolver is installed once, process-wide, before the first font is used.</remarks>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    private static readonly object InstallLock = new();
    private readonly ConcurrentDictionary<string, byte[]> faces = new(StringComparer.Ordinal);

    private EmbeddedFontResolver() { }

    /// <summary>The one resolver of the process.</summary>
    public static EmbeddedFontResolver Instance { get; } = new();

    /// <summary>Makes <paramref name="bytes"/> available under <paramref name="faceName"/> and installs the resolver if needed.</summary>
    public void Register(string faceName, byte[] bytes)
    {
        faces.TryAdd(faceName, bytes);
        EnsureInstalled();
    }

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        !faces.ContainsKey(familyName) ? null : isBold ? new FontResolverInfo(familyName, mustSimulateBold: true, mustSimulateItalic: false) : new FontResolverInfo(familyName);

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) => faces.GetValueOrDefault(faceName);

    private static void EnsureInstalled()
    {
        if (ReferenceEquals(GlobalFontSettings.FontResolver, Instance)) return;
        lock (InstallLock)
        {
            if (ReferenceEquals(GlobalFontSettings.FontResolver, Instance)) return;
            if (GlobalFontSettings.FontResolver is not null)
                throw new InvalidOperationException("Another PDFsharp font resolver is installed; Generator.Pdf needs its own (EmbeddedFontResolver).");
            GlobalFontSettings.FontResolver = Instance;
        }
    }
}
