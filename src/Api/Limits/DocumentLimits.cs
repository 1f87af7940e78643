using System.Globalization;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQLParser;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;
using OpenData.Api.Errors;

namespace OpenData.Api.Limits;

/// <summary>
/// graphql-dotnet execution hook (after the document cache) that bounds a document before it is validated:
/// query length and token count before parsing, parser depth while parsing, then selection depth, fields, aliases,
/// root fields and introspection depth on the parsed document. A document over a limit is answered like a
/// validation failure (nothing executed: 400 under application/graphql-response+json). It also sets the execution
/// timeout.
/// A cached document passed all of this when it was first seen, so a cache hit skips straight to execution.
/// </summary>
public sealed class DocumentLimits(IOptions<LimitsOptions> options, IDocumentBuilder documentBuilder) : IConfigureExecution
{
    private readonly LimitsOptions _limits = options.Value;

    /// <summary>After the document cache (250), which answers repeated documents before this runs.</summary>
    public float SortOrder => 300;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is null && options.Query is { } query)
        {
            var refusal = CheckText(query);
            if (refusal is not null) return refusal;
            try
            {
                options.Document = documentBuilder.Build(query);
            }
            catch (GraphQLMaxDepthExceededException)
            {
                return Refuse(ErrorCodes.ParserDepth,
                    $"The document nests deeper than {_limits.MaxParserDepth} levels of syntax ({Setting(nameof(LimitsOptions.MaxParserDepth))}).");
            }
            catch (GraphQLParserException)
            {
                // A syntax error: let graphql-dotnet parse it again and report it in its usual form.
            }
            if (options.Document is not null && CheckShape(DocumentShape.Of(options.Document)) is { } shapeRefusal)
                return shapeRefusal;
        }

        options.Timeout = _limits.ExecutionTimeout;
        options.TimeoutAction = TimeoutAction.ThrowTimeoutException;
        ExecutionResult result;
        try
        {
            result = await next(options);
        }
        catch (TimeoutException)
        {
            // Execution began and was cancelled (the database query with it): data is null, as after a field error at the root.
            result = new ExecutionResult { Executed = true, Data = null };
            result.AddError(new ExecutionError(
                $"The operation was stopped after {_limits.ExecutionTimeout.TotalSeconds:0.###} s ({Setting(nameof(LimitsOptions.ExecutionTimeout))}).")
            { Code = ErrorCodes.Timeout });
        }

        return result;
    }

    private ExecutionResult? CheckText(string query)
    {
        if (query.Length > _limits.MaxQueryLength)
            return Refuse(ErrorCodes.QueryTooLong,
                $"The query is {query.Length} characters long; the limit is {_limits.MaxQueryLength} ({Setting(nameof(LimitsOptions.MaxQueryLength))}).");
        var tokens = CountTokens(query, _limits.MaxTokens + 1);
        if (tokens > _limits.MaxTokens)
            return Refuse(ErrorCodes.TooManyTokens,
                $"The query has more than {_limits.MaxTokens} tokens, the limit ({Setting(nameof(LimitsOptions.MaxTokens))}).");
        return null;
    }

    /// <summary>Counts lexical tokens (not comments) up to <paramref name="stopAt"/>; a lexing error ends the count
    /// (the parser reports it).</summary>
    public static int CountTokens(string query, int stopAt)
    {
        var count = 0;
        var position = 0;
        try
        {
            while (count < stopAt)
            {
                var token = Lexer.Lex(query, position);
                if (token.Kind == TokenKind.EOF || token.End <= position) break;
                if (token.Kind != TokenKind.COMMENT) count++;
                position = token.End;
            }
        }
        catch (GraphQLParserException)
        {
        }
        return count;
    }

    private ExecutionResult? CheckShape(DocumentShape shape)
    {
        var errors = new List<ExecutionError>();
        if (shape.Depth > _limits.MaxSelectionDepth)
            errors.Add(Error(ErrorCodes.SelectionDepth,
                $"The operation nests fields {shape.Depth} deep; the limit is {_limits.MaxSelectionDepth} ({Setting(nameof(LimitsOptions.MaxSelectionDepth))})."));
        if (shape.Fields > _limits.MaxFields)
            errors.Add(Error(ErrorCodes.TooManyFields,
                $"The operation selects {Count(shape.Fields)} fields once fragments are expanded; the limit is {_limits.MaxFields} ({Setting(nameof(LimitsOptions.MaxFields))})."));
        if (shape.Aliases > _limits.MaxAliases)
            errors.Add(Error(ErrorCodes.TooManyAliases,
                $"The operation uses {Count(shape.Aliases)} aliases; the limit is {_limits.MaxAliases} ({Setting(nameof(LimitsOptions.MaxAliases))})."));
        if (shape.RootFields > _limits.MaxRootFields)
            errors.Add(Error(ErrorCodes.TooManyRootFields,
                $"The operation asks for {shape.RootFields} distinct root fields; the limit is {_limits.MaxRootFields} ({Setting(nameof(LimitsOptions.MaxRootFields))})."));
        if (shape.IntrospectionDepth > _limits.MaxIntrospectionDepth)
            errors.Add(Error(ErrorCodes.IntrospectionDepth,
                $"The introspection query nests fields/inputFields/interfaces/possibleTypes {shape.IntrospectionDepth} deep; the limit is {_limits.MaxIntrospectionDepth} ({Setting(nameof(LimitsOptions.MaxIntrospectionDepth))})."));
        if (errors.Count == 0) return null;
        var result = new ExecutionResult();
        foreach (var error in errors) result.AddError(error);
        return result;
    }

    private static string Count(double value) => value >= 1e15 ? value.ToString("0.###e0", CultureInfo.InvariantCulture) : value.ToString("0", CultureInfo.InvariantCulture);

    private static string Setting(string name) => $"{LimitsOptions.Section}:{name}";

    private static ExecutionError Error(string code, string message) => new(message) { Code = code };

    private static ExecutionResult Refuse(string code, string message) =>
        new() { Errors = [Error(code, message)] };
}
