using System.Text.RegularExpressions;
using Generator.Model;

namespace Generator.Core.Tests.Architecture;

/// <summary>The "Where a block feature lives" table of docs/architecture.md against the source tree: each block
/// feature (table, outline item, addressees, sender, contact box) has one folder per project, and the table names
/// exactly the folders and files on disk, so the doc cannot go stale silently.</summary>
public sealed partial class FeatureFolderTests
{
    private const string Section = "## Where a block feature lives";

    /// <summary>The folders that hold feature folders, one per project.</summary>
    private static readonly string[] FeatureRoots =
        ["src/Generator.Core/Blocks/", "src/Generator.Docx/Blocks/", "src/Generator.Pdf/Layout/Blocks/"];

    /// <summary>One row of the table: the feature's kind (carried down from the row that names it), a folder, its files.</summary>
    private sealed record Row(string Kind, string Folder, IReadOnlyList<string> Files);

    [Fact]
    public void Every_folder_and_file_the_table_names_exists()
    {
        var rows = Rows();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            Assert.True(Directory.Exists(RepositoryRoot.Combine(row.Folder)), $"docs/architecture.md names {row.Folder}, which does not exist.");
            Assert.NotEmpty(row.Files);
            foreach (var file in row.Files)
                Assert.True(File.Exists(RepositoryRoot.Combine(row.Folder, file)), $"docs/architecture.md names {row.Folder}{file}, which does not exist.");
        }
    }

    [Fact]
    public void Every_feature_folder_and_every_file_in_it_is_in_the_table()
    {
        var named = Rows().ToDictionary(r => r.Folder, r => r.Files.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var root in FeatureRoots)
        {
            var folders = Directory.GetDirectories(RepositoryRoot.Combine(root));
            Assert.NotEmpty(folders);
            foreach (var folder in folders)
            {
                var relative = root + Path.GetFileName(folder) + "/";
                Assert.True(named.TryGetValue(relative, out var files), $"{relative} is a feature folder that docs/architecture.md does not list.");
                foreach (var file in Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories))
                {
                    var name = Path.GetRelativePath(folder, file).Replace('\\', '/');
                    Assert.True(files.Contains(name), $"{relative}{name} is not listed in docs/architecture.md (\"{Section[3..]}\").");
                }
            }
        }
    }

    [Fact]
    public void Each_feature_has_one_folder_in_each_project_with_the_same_name()
    {
        foreach (var feature in Rows().GroupBy(r => r.Kind))
        {
            var folders = feature.Select(r => r.Folder).ToList();
            Assert.Equal(FeatureRoots.Length, folders.Count);
            var names = folders.Select(f => Path.GetFileName(f.TrimEnd('/'))).Distinct().ToList();
            Assert.Single(names);
            Assert.Equal(FeatureRoots.Select(root => root + names[0] + "/"), folders);
        }
    }

    [Fact]
    public void Each_block_kind_is_declared_in_its_feature_folder_or_with_the_simple_kinds()
    {
        var coreFolders = Rows().Where(r => r.Folder.StartsWith(FeatureRoots[0], StringComparison.Ordinal))
            .ToDictionary(r => r.Kind, r => r.Folder, StringComparer.Ordinal);
        var kinds = typeof(Block).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Block)) && !t.IsAbstract).Select(t => t.Name).ToList();
        Assert.All(coreFolders.Keys, kind => Assert.Contains(kind, kinds));
        var simple = File.ReadAllText(RepositoryRoot.Combine("src", "Generator.Core", "Model", "Blocks.cs"));
        foreach (var kind in kinds)
        {
            var declaration = $"sealed record {kind}(";
            if (coreFolders.TryGetValue(kind, out var folder))
            {
                var path = folder + kind + ".cs";
                Assert.Contains(declaration, File.ReadAllText(RepositoryRoot.Combine(path)));
                Assert.DoesNotContain(declaration, simple);
            }
            else
            {
                Assert.True(simple.Contains(declaration, StringComparison.Ordinal),
                    $"{kind} is neither in a feature folder listed in docs/architecture.md nor with the simple kinds in Model/Blocks.cs.");
            }
        }
    }

    /// <summary>The rows of the table under <see cref="Section"/>; a row with an empty kind belongs to the kind above it.</summary>
    private static List<Row> Rows()
    {
        var doc = File.ReadAllText(RepositoryRoot.Combine("docs", "architecture.md")).Replace("\r\n", "\n");
        var start = doc.IndexOf(Section + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/architecture.md has no section \"{Section}\".");
        var end = doc.IndexOf("\n## ", start + Section.Length, StringComparison.Ordinal);
        var rows = new List<Row>();
        var kind = "";
        foreach (var line in doc[start..(end < 0 ? doc.Length : end)].Split('\n'))
        {
            if (!line.StartsWith('|') || line.StartsWith("| feature", StringComparison.Ordinal) || line.StartsWith("|--", StringComparison.Ordinal)) continue;
            var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            Assert.True(cells.Length == 4, $"docs/architecture.md: a row of \"{Section[3..]}\" needs 4 cells: {line}");
            var named = Code().Matches(cells[1]).Select(m => m.Groups[1].Value).SingleOrDefault();
            if (named is not null) kind = named;
            var folder = Code().Matches(cells[2]).Select(m => m.Groups[1].Value).Single();
            var files = Code().Matches(cells[3]).Select(m => m.Groups[1].Value).Where(f => f.EndsWith(".cs", StringComparison.Ordinal)).ToList();
            rows.Add(new Row(kind, folder, files));
        }
        return rows;
    }

    /// <summary>A Markdown code span, e.g. <c>`Table.cs`</c> → <c>Table.cs</c>.</summary>
    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Code();
}
