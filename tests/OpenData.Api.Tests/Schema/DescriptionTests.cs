using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Schema;

[Collection(SharedApi.Name)]
public sealed class DescriptionTests(ApiFactory api)
{
    [Fact]
    public void Every_public_type_field_argument_and_enum_value_has_a_description()
    {
        var schema = api.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var missing = new List<string>();
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t is not { Name: "String" or "Boolean" or "Int" or "Float" or "ID" }))
        {
            if (string.IsNullOrWhiteSpace(type.Description)) missing.Add(type.Name);
            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    if (string.IsNullOrWhiteSpace(field.Description)) missing.Add($"{type.Name}.{field.Name}");
                    foreach (var argument in field.Arguments ?? [])
                        if (string.IsNullOrWhiteSpace(argument.Description)) missing.Add($"{type.Name}.{field.Name}({argument.Name}:)");
                }
            }
            if (type is EnumerationGraphType enumeration)
                foreach (var value in enumeration.Values)
                    if (string.IsNullOrWhiteSpace(value.Description)) missing.Add($"{type.Name}.{value.Name}");
        }
        Assert.True(missing.Count == 0, "Without a description: " + string.Join(", ", missing));
    }
}
