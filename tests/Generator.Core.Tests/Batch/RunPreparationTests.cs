using Generator.Batch;
using Generator.Core.Tests.Support;
using Generator.Diagnostics;
using Generator.Docx;
using Generator.Pdf;
using Generator.Templating;
using Generator.Writers;

namespace Generator.Core.Tests.Batch;

/// <summary>Issue 17: what a front end prepares on other cores while it reads its inputs changes no output, and a failure
/// in it is reported by the real use, as without it.</summary>
public sealed class RunPreparationTests
{
    private static byte[] Write(IDocumentWriter writer, Model.Document document)
    {
        using var output = new MemoryStream();
        writer.Write(document, output);
        return output.ToArray();
    }

    [Fact]
    public async Task A_letter_is_the_same_bytes_written_before_during_and_after_the_writers_preparation()
    {
        var letter = TestRendering.Project.Generate("forwarding-notice", TestRendering.Notice("forwarding-notice"),
            Templates.SampleRecipients.Sapporo, "011002 札幌市", "forwarding-notice:011002_札幌市");
        IDocumentWriter[] before = [new DocxWriter(), new PdfWriter()];
        var expected = before.Select(w => Write(w, letter)).ToList();

        IDocumentWriter[] writers = [new DocxWriter(), new PdfWriter()];
        var preparation = RunPreparation.Writers(["txt", "docx", "pdf"], null);
        var during = writers.Select(w => Write(w, letter)).ToList(); // the first letter may overtake the preparation
        await preparation.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.True(preparation.IsCompletedSuccessfully);

        Assert.Equal(expected, during);
        Assert.Equal(expected, writers.Select(w => Write(w, letter)).ToList());
        Assert.Equal(expected, new IDocumentWriter[] { new DocxWriter(), new PdfWriter() }.Select(w => Write(w, letter)).ToList());
    }

    [Fact]
    public async Task Preparing_the_writers_with_a_font_that_is_not_there_fails_nothing()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"generator-no-font-{Guid.NewGuid():N}.ttf");
        var preparation = RunPreparation.Writers(["docx", "pdf"], missing);
        await preparation.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.True(preparation.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Preparing_a_template_that_does_not_parse_fails_nothing_and_the_render_still_reports_it()
    {
        var generator = new Generator.Pipeline.DocumentGenerator(new ScribanTemplateRenderer(new TemplateRoot(TestPaths.TestTemplates)));
        await RunPreparation.Template(generator, "syntax-error").WaitAsync(TimeSpan.FromMinutes(1));
        await RunPreparation.Template(generator, "no-such-template").WaitAsync(TimeSpan.FromMinutes(1));

        var error = Assert.Throws<GeneratorException>(() => generator.Generate("syntax-error", new Dictionary<string, object?>()));
        Assert.Contains(error.Diagnostics, d => d.File.Contains("syntax-error", StringComparison.Ordinal) && d.Line > 0);
        Assert.Throws<GeneratorException>(() => generator.Generate("no-such-template", new Dictionary<string, object?>()));
    }

    [Fact]
    public async Task Preparing_a_font_that_is_not_there_fails_nothing_and_the_pdf_writer_reports_it()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"generator-no-font-{Guid.NewGuid():N}.ttf");
        var preparation = RunPreparation.PdfFont(missing, manyDocuments: true);
        await preparation.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.True(preparation.IsCompletedSuccessfully);

        var writer = new PdfWriter(new PdfWriterOptions { FontPath = missing });
        var error = Assert.Throws<GeneratorException>(() => Write(writer, TestRendering.Circular()));
        Assert.Contains(error.Diagnostics, d => d.Message.Contains(Path.GetFileName(missing), StringComparison.Ordinal) || d.File.Contains(Path.GetFileName(missing), StringComparison.Ordinal));
    }
}
