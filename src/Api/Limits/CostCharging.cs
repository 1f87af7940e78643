using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using Microsoft.Extensions.Options;
using OpenData.Api.Errors;
using OpenData.Api.Execution;

namespace OpenData.Api.Limits;

/// <summary>
/// Configures graphql-dotnet's complexity analyzer as this API's cost formula and, in its validation delegate (after
/// every other rule passed, before any resolver), refuses operations over the cost limit and charges the cost to the
/// client's budget.
/// <para>
/// Formula (published in README.md): every selected field costs 1 (after fragments are expanded and <c>@skip</c>/
/// <c>@include</c> applied), multiplied by the page sizes of the lists it is inside. A list's page size is its
/// <c>first</c> or <c>last</c> argument, for a connection's <c>edges</c>/<c>nodes</c> the connection's, else
/// <see cref="LimitsOptions.DefaultListSize"/>. Introspection fields cost 1 each with no multiplier, and
/// <c>rateLimit</c> costs nothing. The charge is the cost rounded up, and at least the one point taken at the door.
/// </para>
/// </summary>
public sealed class CostCharging(IOptions<LimitsOptions> limits, IBudgetStore store)
{
    public void Configure(ComplexityOptions options)
    {
        options.DefaultScalarImpact = 1;
        options.DefaultObjectImpact = 1;
        options.DefaultListImpactMultiplier = limits.Value.DefaultListSize;
        options.ValidateComplexityDelegate = ValidateAsync;
    }

    /// <summary>
    /// Makes every introspection field cost 1 with no list multiplier (graphql-dotnet's own introspection estimates mix
    /// real list sizes with the default multiplier). Introspection is bounded by <see cref="LimitsOptions.MaxIntrospectionDepth"/>
    /// and the schema's size, so it need not be priced like data. Runs once on the initialized schema, before any request.
    /// </summary>
    public static void Configure(ISchema schema)
    {
        schema.SchemaMetaFieldType.WithComplexityImpact(1, 1);
        schema.TypeMetaFieldType.WithComplexityImpact(1, 1);
        schema.TypeNameMetaFieldType.WithComplexityImpact(1, 1);
        foreach (var type in schema.AllTypes)
            if (type is IComplexGraphType complex && type.Name.StartsWith("__", StringComparison.Ordinal))
                foreach (var field in complex.Fields)
                    field.WithComplexityImpact(1, 1);
    }

    private async Task ValidateAsync(ComplexityValidationContext context)
    {
        if (context.Error is not null) return;
        var cost = double.IsFinite(context.TotalImpact) ? Math.Ceiling(Math.Max(0, context.TotalImpact)) : double.MaxValue;
        var points = cost >= long.MaxValue ? long.MaxValue : (long)cost;
        var feature = (context.ValidationContext.UserContext as RequestContext)?.RateLimit;
        var tier = feature?.Client.Tier;
        var maxCost = tier?.MaxCost ?? limits.Value.MaxCost;
        if (feature is not null) feature.Cost = points;

        if (points > maxCost)
        {
            var setting = tier is null || tier.Name == "anonymous" || tier.MaxCost == limits.Value.MaxCost
                ? $"{LimitsOptions.Section}:{nameof(LimitsOptions.MaxCost)}"
                : tier.Setting.Replace(":Budget", ":MaxCost", StringComparison.Ordinal);
            context.Error = new ValidationError(
                $"The operation costs {points} points; the limit is {maxCost} points per operation ({setting}). " +
                "Ask for smaller pages (first/last) or fewer fields.") { Code = ErrorCodes.CostLimit };
            return;
        }
        if (feature is null) return;
        if (points > feature.Client.Tier.Budget)
        {
            context.Error = new ValidationError(
                $"The operation costs {points} points, more than this client's whole budget of {feature.Client.Tier.Describe()} " +
                $"({feature.Client.Tier.Setting}); it can never run. Ask for smaller pages (first/last) or fewer fields.")
            { Code = ErrorCodes.CostExceedsBudget };
            return;
        }

        if (!await feature.ChargeRestAsync(store, points))
            context.Error = new ValidationError(feature.RefusalMessage(points)) { Code = ErrorCodes.RateLimited };
    }
}
