using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Generator.Templating;

/// <summary>Scriban's built-in objects (<c>array</c>, <c>string</c>, <c>date</c>, <c>include</c>, …) for one render,
/// each copied from a pristine set the first time the render names it.</summary>
/// <remarks>Scriban gives every context a deep copy of all of them, and the copy of <c>date</c> imports its functions
/// again through reflection: a fifth of a letter's render (issue 17), though a letter names one or two of them. The copy
/// made here is the one Scriban makes (<see cref="ScriptObject.Clone"/>), so a render may still change its own
/// (<c>date.format = …</c>) without the change reaching another letter; the pristine set is never handed out.</remarks>
internal sealed class LazyBuiltins : ScriptObject
{
    /// <summary>The built-ins as Scriban makes them; only read (and copied, as Scriban itself does from several threads).</summary>
    private static readonly BuiltinFunctions Pristine = new();

    /// <summary>Makes the pristine set now (Scriban imports its functions through reflection: ~14 ms of the first render in
    /// the Native AOT build) rather than in the first render; returns how many built-ins there are.</summary>
    public static int Prepare() => Pristine.Count;

    public LazyBuiltins() : base(4, false)
    {
    }

    public override bool Contains(string member) => base.Contains(member) || Pristine.Contains(member);

    public override bool CanWrite(string member) => base.Contains(member) ? base.CanWrite(member) : Pristine.CanWrite(member);

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (base.TryGetValue(context, span, member, out value)) return true;
        if (!Pristine.TryGetValue(context, span, member, out var original)) return false;
        value = original switch
        {
            ScriptObject builtin => builtin.Clone(true),
            ScriptArray array => array.Clone(true),
            _ => original,
        };
        SetValue(member, value, readOnly: !Pristine.CanWrite(member));
        return true;
    }
}
