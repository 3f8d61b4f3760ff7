using System.Collections.Concurrent;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Generator.Docx.Layout;

namespace Generator.Docx.Packaging;

/// <summary>
/// The parts every letter of a run shares (styles, settings, font table, footers, letterhead, images, relationships,
/// content types), deflated once per house style and <see cref="LetterInvariants"/> and copied into each package as
/// compressed bytes. Safe to use from several threads: the batch writes letters in parallel.
/// </summary>
/// <remarks>The parts are made by the Open XML SDK once, in a package without document.xml and core.xml, so part names,
/// relationships and content types are the library's own; only the two per-letter parts are serialised per letter.</remarks>
internal sealed class SharedParts(DocxGeometry geometry, FallbackFontRuns? fallback = null)
{
    /// <summary>More distinct invariants than a run has (one template gives one); a long-lived writer starts over past it.</summary>
    private const int MaxCached = 64;

    private readonly ConcurrentDictionary<string, IReadOnlyList<DeflatedEntry>> cache = new(StringComparer.Ordinal);

    /// <summary>The shared entries, in package order, for letters with <paramref name="invariants"/>.</summary>
    public IReadOnlyList<DeflatedEntry> For(LetterInvariants invariants)
    {
        if (cache.TryGetValue(invariants.Key, out var entries)) return entries;
        if (cache.Count >= MaxCached) cache.Clear();
        // two threads may build the same entries at once: the bytes are equal, either copy serves
        return cache.GetOrAdd(invariants.Key, _ => Build(invariants));
    }

    private IReadOnlyList<DeflatedEntry> Build(LetterInvariants invariants)
    {
        using var package = new MemoryStream();
        using (var word = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document, autoSave: true))
        {
            PackageBuilder.AddSharedParts(word, invariants, geometry, fallback);
        }
        package.Position = 0;
        using var zip = new ZipArchive(package, ZipArchiveMode.Read);
        var entries = new List<DeflatedEntry>();
        foreach (var entry in zip.Entries)
        {
            if (PackageBuilder.IsPerLetter(entry.FullName)) continue;
            using var content = new MemoryStream();
            using (var stream = entry.Open()) stream.CopyTo(content);
            entries.Add(DeflatedEntry.Of(entry.FullName, content.GetBuffer().AsSpan(0, (int)content.Length)));
        }
        return entries;
    }
}
