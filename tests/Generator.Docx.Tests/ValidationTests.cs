using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;

namespace Generator.Docx.Tests;

/// <summary>Every generated document passes the Open XML SDK's schema and semantic validation.</summary>
public sealed class ValidationTests
{
    [Theory]
    [InlineData(Samples.Circular)]
    [InlineData(Samples.TableDocument)]
    [InlineData(Samples.SingleAddressee)]
    public void Sample_has_no_validation_errors(string sample)
    {
        using var package = DocxPackage.Of(sample);
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(package.Word)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        // and it is a real document, not an empty shell
        Assert.True(package.Body.Elements().Count() > 5);
    }
}
