using Generator.Model;

namespace Generator.Writers;

/// <summary>A writer of a paged format (PDF) that also tells how many pages it wrote, for manifests.</summary>
public interface IPagedDocumentWriter : IDocumentWriter
{
    /// <summary>Writes like <see cref="IDocumentWriter.Write"/> and returns the page count.</summary>
    int WritePaged(Document document, Stream output);
}
