using System.Text;

namespace Generator.Data;

/// <summary>Turns byte offsets into UTF-8 text into 1-based line and character column numbers.</summary>
internal sealed class TextPositionMap(byte[] utf8)
{
    private readonly List<int> _lineStarts = FindLineStarts(utf8);

    /// <summary>1-based line and column (in UTF-16 characters) of a byte offset.</summary>
    public (int Line, int Column) At(long offset)
    {
        var index = _lineStarts.BinarySearch((int)offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, Encoding.UTF8.GetCharCount(utf8, _lineStarts[line], (int)offset - _lineStarts[line]) + 1);
    }

    /// <summary>1-based character column of a 0-based byte position within a 1-based line; 0 when out of range.</summary>
    public int ColumnOf(int line, int bytePosition)
    {
        if (line < 1 || line > _lineStarts.Count || bytePosition < 0) return 0;
        var start = _lineStarts[line - 1];
        var length = Math.Min(bytePosition, utf8.Length - start);
        return Encoding.UTF8.GetCharCount(utf8, start, length) + 1;
    }

    private static List<int> FindLineStarts(byte[] bytes)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
            if (bytes[i] == (byte)'\n') starts.Add(i + 1);
        return starts;
    }
}
