using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Generator.Batch;

/// <summary>manifest.csv (UTF-8 with BOM, for Excel) and manifest.json: each recipient, its files, pages and SHA-256,
/// and (manifest.json) every file the run wrote, which is what a later run may replace.</summary>
public static class BatchManifest
{
    /// <summary>File name of the JSON manifest (also read back for --skip-unchanged).</summary>
    public const string JsonName = "manifest.json";

    /// <summary>File name of the CSV manifest.</summary>
    public const string CsvName = "manifest.csv";

    /// <summary>The <c>format</c> value that marks a manifest.json as written by Generator (this layout, with <c>files</c>).</summary>
    public const string FormatMarker = "generator-batch-manifest/2";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        TypeInfoResolver = ManifestJsonContext.Default,
    };

    /// <summary>The manifest's compile-time metadata under <see cref="Json"/>'s options.</summary>
    private static readonly JsonTypeInfo<Manifest> ManifestInfo = (JsonTypeInfo<Manifest>)Json.GetTypeInfo(typeof(Manifest));

    /// <summary>One entry's metadata, for manifest.json written an entry at a time.</summary>
    private static readonly JsonTypeInfo<Entry> EntryInfo = (JsonTypeInfo<Entry>)Json.GetTypeInfo(typeof(Entry));

    /// <summary>One output file's metadata.</summary>
    private static readonly JsonTypeInfo<OutputFile> OutputFileInfo = (JsonTypeInfo<OutputFile>)Json.GetTypeInfo(typeof(OutputFile));

    /// <summary>One recipient's entry in manifest.json.</summary>
    public sealed record Entry(int Index, string Label, string Code, string Name, string Fingerprint, IReadOnlyList<BatchFile> Files);

    /// <summary>One file the run wrote: its path relative to the output folder ('/'-separated), SHA-256 and size.</summary>
    public sealed record OutputFile(string Path, string Sha256, long Bytes);

    /// <summary>The whole manifest.json; <see cref="Files"/> lists every file of the run but manifest.json itself.</summary>
    public sealed record Manifest(string? Format, string Template, int Recipients, IReadOnlyList<Entry> Entries, IReadOnlyList<OutputFile>? Files);

    /// <summary>Writes both manifests into <paramref name="directory"/>, which holds the run's other files already; each is
    /// streamed to its file, one recipient at a time, never built whole in memory (<paramref name="results"/> may make each
    /// result as it is read: <see cref="RecipientResults"/>).</summary>
    /// <remarks>manifest.csv (hashed as it is written), the sorted list of the other files and manifest.json's entries are
    /// made at once; the entries are then followed by the list. print.pdf is not read back: it was hashed as it was
    /// written (<see cref="RunFile"/>). The end of a run waits for the longest part, not for their sum (issue 17).</remarks>
    /// <param name="directory">The output (staging) folder.</param>
    /// <param name="template">The template's name.</param>
    /// <param name="results">Every recipient's result, in order.</param>
    /// <param name="runFiles">The whole-run outputs' files; those hashed as they were written are not read back.</param>
    public static void Write(string directory, string template, IReadOnlyList<BatchItemResult> results, IReadOnlyList<RunFile>? runFiles = null)
    {
        using var json = JsonStream.Begin(directory, template, results.Count);
        foreach (var result in results) json.Add(result);
        Finish(json, directory, results, runFiles);
    }

    /// <summary>Completes the manifests of a run whose manifest.json has every entry already (<see cref="JsonStream.Add"/>,
    /// as each letter was finished): writes manifest.csv and, in manifest.json, the list of the run's files.</summary>
    internal static void Finish(JsonStream json, string directory, IReadOnlyList<BatchItemResult> results, IReadOnlyList<RunFile>? runFiles = null)
    {
        var csv = Task.Run(() => WriteCsvFile(directory, results));
        var others = Task.Run(() => OtherFiles.List(directory, results, runFiles ?? []));
        try
        {
            json.Finish(others.GetAwaiter().GetResult().With(csv.GetAwaiter().GetResult()));
        }
        finally
        {
            // no part outlives the call (a failed run deletes the folder they write in)
            try
            {
                Task.WaitAll(csv, others);
            }
            catch (AggregateException)
            {
                // a part that failed threw above, where its result was taken; or manifest.json failed first, and that is reported
            }
        }
    }

    /// <summary>Writes manifest.csv; returns its entry in the file list.</summary>
    private static OutputFile WriteCsvFile(string directory, IReadOnlyList<BatchItemResult> results)
    {
        using var file = new FileStream(Path.Combine(directory, CsvName), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var hashed = new HashingWriteStream(file);
        using (var csv = new StreamWriter(hashed, new UTF8Encoding(true), 1 << 16, leaveOpen: true))
            WriteCsv(csv, results);
        return new OutputFile(CsvName, hashed.Sha256(), hashed.Written);
    }

    /// <summary>manifest.json written as a run goes: its head and the entries' array opened by <see cref="Begin"/>, an entry
    /// per recipient in order (<see cref="Add"/>: the batch adds each as its letter is finished, on the thread that feeds
    /// the whole-run outputs), then the list of the run's files and the end (<see cref="Finish"/>). The bytes are those of
    /// the whole <see cref="Manifest"/> serialized at once.</summary>
    /// <remarks>The text goes to the file in pieces of ~64 KB: the serializer flushes its writer after each entry, and a
    /// writer over a file stream flushes the file, which was one system call per recipient at the end of a run (issue 17);
    /// over a buffer, a flush only marks the bytes written.</remarks>
    internal sealed class JsonStream : IDisposable
    {
        private const int Piece = 1 << 16;
        private readonly FileStream file;
        private readonly ArrayBufferWriter<byte> buffer = new(Piece + (Piece >> 2));
        private readonly Utf8JsonWriter writer;

        private JsonStream(FileStream file)
        {
            this.file = file;
            writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = Json.Encoder });
        }

        /// <summary>Creates manifest.json in <paramref name="directory"/> and writes its head.</summary>
        public static JsonStream Begin(string directory, string template, int recipients)
        {
            var stream = new JsonStream(new FileStream(Path.Combine(directory, JsonName), FileMode.Create, FileAccess.Write, FileShare.None, 1));
            var writer = stream.writer; // the head goes to the buffer: nothing here can fail with the file open
            writer.WriteStartObject();
            writer.WriteString(Name(nameof(Manifest.Format)), FormatMarker);
            writer.WriteString(Name(nameof(Manifest.Template)), template);
            writer.WriteNumber(Name(nameof(Manifest.Recipients)), recipients);
            writer.WriteStartArray(Name(nameof(Manifest.Entries)));
            return stream;
        }

        /// <summary>Writes the next recipient's entry.</summary>
        public void Add(BatchItemResult r)
        {
            JsonSerializer.Serialize(writer, new Entry(r.Index, r.Item.Label, r.Item.Field("code"), r.Item.Field("name"), r.Fingerprint, r.Files), EntryInfo);
            Drain(all: false);
        }

        /// <summary>Closes the entries, writes <paramref name="files"/> and the end, and closes the file (the run's folder is
        /// moved next, which Windows refuses while a file in it is open).</summary>
        public void Finish(IEnumerable<OutputFile> files)
        {
            writer.WriteEndArray();
            writer.WriteStartArray(Name(nameof(Manifest.Files)));
            foreach (var f in files)
            {
                JsonSerializer.Serialize(writer, f, OutputFileInfo);
                Drain(all: false);
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.Flush();
            buffer.Write("\n"u8);
            Drain(all: true);
            Dispose();
        }

        private void Drain(bool all)
        {
            if (buffer.WrittenCount < Piece && !all) return;
            file.Write(buffer.WrittenSpan);
            buffer.ResetWrittenCount();
        }

        /// <inheritdoc />
        public void Dispose()
        {
            try
            {
                writer.Dispose();
            }
            finally
            {
                file.Dispose();
            }
        }
    }

    private static string Name(string property) => Json.PropertyNamingPolicy!.ConvertName(property);

    /// <summary>Reads manifest.json of a previous Generator run; null when absent, unreadable or not Generator's (no <see cref="FormatMarker"/>).</summary>
    public static Manifest? TryRead(string directory)
    {
        var path = Path.Combine(directory, JsonName);
        if (!File.Exists(path)) return null;
        try
        {
            var manifest = JsonSerializer.Deserialize(File.ReadAllText(path), ManifestInfo);
            return manifest is { Format: FormatMarker, Files: not null, Entries: not null } ? manifest : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The SHA-256 of a file, lower-case hex.</summary>
    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Generator.IO.Hex.Lower(SHA256.HashData(stream));
    }

    /// <summary>The run's files but the manifests, in ordinal order, made one at a time as the list is read (only the sorted
    /// names are held): a recipient's from its result, a whole-run output's from the hash its output took as it wrote it
    /// (print.pdf), any other read back (labels.pdf, the e-mail drafts).</summary>
    private sealed class OtherFiles(string directory, List<string> names, RecipientFileIndex known, Dictionary<string, OutputFile> hashedWhenWritten)
    {
        public static OtherFiles List(string directory, IReadOnlyList<BatchItemResult> results, IReadOnlyList<RunFile> runFiles)
        {
            var hashed = new Dictionary<string, OutputFile>(StringComparer.Ordinal);
            foreach (var run in runFiles)
            {
                // taken only where it still describes the file; otherwise read back
                var full = System.IO.Path.Combine(directory, run.Name);
                if (run.Sha256 is { } sha256 && File.Exists(full) && new FileInfo(full).Length == run.Bytes)
                    hashed[run.Name] = new OutputFile(run.Name, sha256, run.Bytes);
            }
            var names = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
                .Select(f => System.IO.Path.GetRelativePath(directory, f).Replace('\\', '/'))
                .Where(name => name is not JsonName and not CsvName)
                .OrderBy(name => name, StringComparer.Ordinal)
                .ToList();
            return new OtherFiles(directory, names, new RecipientFileIndex(results), hashed);
        }

        /// <summary>Every file of the run but manifest.json, in ordinal order, with <paramref name="csv"/> in its place.</summary>
        public IEnumerable<OutputFile> With(OutputFile csv)
        {
            var csvDone = false;
            foreach (var name in names)
            {
                if (!csvDone && string.CompareOrdinal(csv.Path, name) < 0)
                {
                    csvDone = true;
                    yield return csv;
                }
                if (hashedWhenWritten.TryGetValue(name, out var file)) yield return file;
                else if (known.Find(name) is { } recipients) yield return new OutputFile(name, recipients.Sha256, recipients.Bytes);
                else
                {
                    var full = System.IO.Path.Combine(directory, name);
                    yield return new OutputFile(name, Sha256(full), new FileInfo(full).Length);
                }
            }
            if (!csvDone) yield return csv;
        }
    }

    private static void WriteCsv(TextWriter output, IReadOnlyList<BatchItemResult> results)
    {
        var formats = results.SelectMany(r => r.Files.Select(f => f.Format)).Distinct().ToList();
        var header = new List<string> { "no", "code", "name" };
        foreach (var f in formats) header.AddRange([f, $"{f}_sha256", $"{f}_bytes"]);
        header.Add("pages");
        output.Write(string.Join(",", header.Select(Quote)));
        output.Write("\r\n");
        foreach (var r in results)
        {
            var row = new List<string> { r.Index.ToString(CultureInfo.InvariantCulture), r.Item.Field("code"), r.Item.Field("name") };
            foreach (var format in formats)
            {
                var file = r.Files.FirstOrDefault(x => x.Format == format);
                row.AddRange([file?.FileName ?? "", file?.Sha256 ?? "", file?.Bytes.ToString(CultureInfo.InvariantCulture) ?? ""]);
            }
            row.Add(r.Files.Select(f => f.Pages).DefaultIfEmpty(0).Max().ToString(CultureInfo.InvariantCulture));
            output.Write(string.Join(",", row.Select(Quote)));
            output.Write("\r\n");
        }
    }

    /// <summary>RFC 4180 quoting; a cell that Excel would read as a formula (=,+,-,@) is prefixed with an apostrophe.</summary>
    private static string Quote(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@') value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
