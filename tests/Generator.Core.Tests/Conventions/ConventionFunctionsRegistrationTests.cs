using System.Reflection;
using Generator.Conventions;
using Scriban.Runtime;

namespace Generator.Core.Tests.Conventions;

/// <summary>ConventionFunctions registers each template function as a typed delegate by name (no reflection, for the
/// Native AOT build); the list must stay exactly what Scriban's reflection import of the function classes gives.</summary>
public sealed class ConventionFunctionsRegistrationTests
{
    /// <summary>Every public static class <c>Generator.Conventions.*Functions</c> but the registry itself.</summary>
    private static IEnumerable<Type> FunctionClasses() =>
        typeof(ConventionFunctions).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(ConventionFunctions).Namespace && t.IsPublic && t.IsAbstract && t.IsSealed
                && t.Name.EndsWith("Functions", StringComparison.Ordinal) && t != typeof(ConventionFunctions))
            .OrderBy(t => t.Name, StringComparer.Ordinal);

    [Fact]
    public void The_registered_functions_are_every_public_static_method_of_the_function_classes_under_its_snake_case_name()
    {
        var imported = new ScriptObject();
        foreach (var type in FunctionClasses()) imported.Import(type);
        Assert.Equal(21, imported.Count); // the classes are found (wareki … addressee_of)

        var registered = ConventionFunctions.Instance;
        Assert.Equal(imported.Keys.Order(StringComparer.Ordinal), registered.Keys.Order(StringComparer.Ordinal));
        foreach (var name in imported.Keys)
        {
            var expected = Assert.IsAssignableFrom<DynamicCustomFunction>(imported[name]);
            var actual = Assert.IsAssignableFrom<DynamicCustomFunction>(registered[name]);
            Assert.Equal(expected.Method, actual.Method);
            Assert.Equal(expected.ParameterCount, actual.ParameterCount);
            Assert.Equal(expected.RequiredParameterCount, actual.RequiredParameterCount);
            for (var i = 0; i < expected.ParameterCount; i++)
                Assert.Equal(expected.GetParameterInfo(i).DefaultValue, actual.GetParameterInfo(i).DefaultValue);
            Assert.False(registered.CanWrite(name), $"{name} can be overwritten by a template");
        }
    }

    [Fact]
    public void The_function_classes_have_no_public_overloads_a_delegate_list_could_miss()
    {
        foreach (var type in FunctionClasses())
        {
            var names = type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).Select(m => m.Name).ToList();
            Assert.Equal(names.Distinct().Count(), names.Count);
        }
    }
}
