using Generator.Model;

namespace Generator.Docx.Packaging;

/// <summary>docProps/core.xml, deflated; the last one is kept, as the letters of a run share their title, author and
/// date (their identifiers differ, but core.xml does not hold the identifier). Safe to use from several threads.</summary>
internal sealed class CorePropertiesPart
{
    private Made? last;

    /// <summary>The entry for <paramref name="metadata"/>: the last one made when the metadata are equal.</summary>
    public DeflatedEntry For(DocumentMetadata metadata)
    {
        var written = metadata with { Identifier = "" }; // what core.xml holds (CorePropertiesWriter)
        var made = Volatile.Read(ref last);
        if (made is not null && made.Metadata == written) return made.Entry;
        var xml = new MemoryStream(1024);
        CorePropertiesWriter.Write(written, xml);
        var entry = DeflatedEntry.Of(PackageBuilder.CorePropertiesName, xml.GetBuffer().AsSpan(0, (int)xml.Length));
        Volatile.Write(ref last, new Made(written, entry));
        return entry;
    }

    private sealed record Made(DocumentMetadata Metadata, DeflatedEntry Entry);
}
