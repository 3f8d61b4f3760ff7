using System.Text;

namespace Generator.Cli.Tests.Support;

/// <summary>Writes recipient CSV files the way Excel's 「CSV UTF-8」 saves them: UTF-8 with BOM, CRLF.</summary>
internal static class RecipientFile
{
    public static string WriteCsv(string folder, string name, params string[] lines)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        return path;
    }
}
