using GraphQL.Validation;
using GraphQLParser.AST;

namespace OpenData.Api.Execution;

/// <summary>
/// GraphQL spec, "Operation Type Existence": an operation whose type has no root type in the schema is
/// invalid. graphql-dotnet instead starts executing and answers <c>data: null</c>, which GraphQL over HTTP
/// would turn into a 200; as a validation error it is the 400 request error the spec means.
/// Checks the selected operation, so it also runs for cached documents (the operation name varies).
/// </summary>
public sealed class OperationTypeExistenceRule : ValidationRuleBase
{
    public const string Code = "OPERATION_TYPE_EXISTENCE";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var operation = context.Operation;
        var root = operation.Operation switch
        {
            OperationType.Query => (object?)context.Schema.Query,
            OperationType.Mutation => context.Schema.Mutation,
            _ => context.Schema.Subscription,
        };
        if (root is null)
        {
            var kind = operation.Operation.ToString().ToLowerInvariant();
            context.ReportError(new ValidationError($"This API is read-only: the schema has no {kind} type, so a {kind} cannot run.")
            {
                Code = Code,
            });
        }
        return default;
    }
}
