using GraphQL.Validation;
using GraphQLParser.AST;
using OpenData.Api.Errors;

namespace OpenData.Api.Execution;

/// <summary>
/// GraphQL over HTTP forbids running a mutation (or subscription) over GET. graphql-dotnet picks the
/// operation inside execution, so the check is a validation rule that knows the request's method.
/// It is also registered for cached documents, because the method differs from request to request.
/// </summary>
public sealed class QueriesOnlyOverGetRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.UserContext is RequestContext { HttpMethod: "GET" } && context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new ValidationError(
                $"A {context.Operation.Operation.ToString().ToLowerInvariant()} cannot be sent with GET; use POST.")
            {
                Code = ErrorCodes.MethodNotAllowed,
            });
        }
        return default;
    }
}
