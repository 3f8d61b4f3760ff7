namespace Generator.Pdf.Metadata;

/// <summary>What every PDF Generator writes records about itself (<see cref="StreamedMetadata"/>).</summary>
internal static class PdfMetadataWriter
{
    /// <summary>The creator and producer recorded in the information dictionary and the XMP.</summary>
    public const string Creator = "Generator";
}
