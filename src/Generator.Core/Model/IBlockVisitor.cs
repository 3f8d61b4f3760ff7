namespace Generator.Model;

/// <summary>Handles every kind of <see cref="Block"/>: the one extension point of the block model.</summary>
/// <remarks>A new block kind adds a Visit method here, so every consumer (text writer, DOCX body, PDF measurer, block
/// text, fingerprint, spacing) fails to compile until it handles the kind. Call <see cref="Block.Accept{T}"/>, never
/// switch on the block's type.</remarks>
/// <typeparam name="T">What the visitor makes of a block.</typeparam>
public interface IBlockVisitor<out T>
{
    /// <summary>文書番号.</summary>
    T Visit(DocumentNumber block);

    /// <summary>「事務連絡」 and similar labels.</summary>
    T Visit(DocumentLabel block);

    /// <summary>日付.</summary>
    T Visit(DateLine block);

    /// <summary>宛先.</summary>
    T Visit(AddresseeGroup block);

    /// <summary>発信者.</summary>
    T Visit(Sender block);

    /// <summary>件名.</summary>
    T Visit(Title block);

    /// <summary>本文.</summary>
    T Visit(Paragraph block);

    /// <summary>「記」.</summary>
    T Visit(NoteHeading block);

    /// <summary>項目.</summary>
    T Visit(OutlineItem block);

    /// <summary>「以上」.</summary>
    T Visit(ClosingMark block);

    /// <summary>別添・別紙.</summary>
    T Visit(Attachment block);

    /// <summary>担当・連絡先.</summary>
    T Visit(ContactBlock block);

    /// <summary>表.</summary>
    T Visit(Table block);

    /// <summary>A centred or right-aligned free line.</summary>
    T Visit(AlignedLine block);

    /// <summary>An author's empty line.</summary>
    T Visit(BlankLine block);

    /// <summary>改ページ.</summary>
    T Visit(PageBreak block);
}
