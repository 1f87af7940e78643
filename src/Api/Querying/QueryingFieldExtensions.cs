using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace OpenData.Api.Querying;

/// <summary>Connection fields in one line: arguments, graph types and a resolver that runs one SQL query per page.</summary>
public static class QueryingFieldExtensions
{
    /// <summary>
    /// Adds <c>name(first, after, last, before, where, order): {Descriptor}Connection!</c> to <paramref name="owner"/>:
    /// <code>this.ConnectionField&lt;AreaType, Area, OpenDataDbContext&gt;("areas", areas, "Areas, filtered, ordered and paged.", db => db.Areas);</code>
    /// The resolver creates a <typeparamref name="TContext"/> from <see cref="IDbContextFactory{TContext}"/> (request
    /// services), builds one query (where → order → keyset → take → projection), runs it, and a COUNT when
    /// <c>totalCount</c> is selected; options come from <see cref="IOptions{QueryingOptions}"/> when registered.
    /// </summary>
    /// <param name="types">The schema's generated types; by default the ones kept on <paramref name="owner"/>.</param>
    public static FieldType ConnectionField<TNodeGraphType, TEntity, TContext>(this IComplexGraphType owner, string name, QueryDescriptor<TEntity> descriptor,
        string description, Func<TContext, IQueryable<TEntity>> source, QueryGraphTypes? types = null)
        where TNodeGraphType : IGraphType where TEntity : class where TContext : DbContext =>
        owner.ConnectionField<TNodeGraphType, TEntity, TContext>(name, descriptor, description, (db, _) => source(db), types);

    /// <summary>As above, with a source that depends on the field's context (a parent's id for a nested connection).</summary>
    public static FieldType ConnectionField<TNodeGraphType, TEntity, TContext>(this IComplexGraphType owner, string name, QueryDescriptor<TEntity> descriptor,
        string description, Func<TContext, IResolveFieldContext, IQueryable<TEntity>> source, QueryGraphTypes? types = null)
        where TNodeGraphType : IGraphType where TEntity : class where TContext : DbContext
    {
        if (string.IsNullOrWhiteSpace(description)) throw new ArgumentException($"Connection field '{name}' needs a description.");
        if (descriptor.KeyMember is null) throw new ArgumentException($"Descriptor '{descriptor.Name}' has no Key: call .Key(x => x.Id) before using it in a connection.");
        types ??= QueryGraphTypes.For(owner);
        var field = new FieldType
        {
            Name = name,
            Description = description,
            ResolvedType = new NonNullGraphType(types.Connection(descriptor, typeof(TNodeGraphType))),
            Arguments = types.ConnectionArguments(descriptor),
            Resolver = new FuncFieldResolver<object?>(async context =>
            {
                var options = Options(context);
                var request = ConnectionRequest.FromContext(context);
                request.Paging.Validate(options);
                var services = context.RequestServices ?? throw new InvalidOperationException("ExecutionOptions.RequestServices must be set to resolve connections.");
                await using var db = await services.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContextAsync(context.CancellationToken);
                return await source(db, context).ToConnectionAsync(descriptor, request, options, context.CancellationToken);
            }),
        };
        owner.AddField(field);
        return field;
    }

    /// <summary>The registered <see cref="QueryingOptions"/>, or the defaults.</summary>
    public static QueryingOptions Options(IResolveFieldContext context) =>
        context.RequestServices?.GetService<IOptions<QueryingOptions>>()?.Value ?? new QueryingOptions();
}
