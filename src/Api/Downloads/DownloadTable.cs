using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using OpenData.Data.Storage;

namespace OpenData.Api.Downloads;

/// <summary>A whole table offered for download: its columns and a query that streams its rows in a stable order.</summary>
public abstract class DownloadTable(string name, string description, IReadOnlyList<DownloadColumn> columns)
{
    /// <summary>The file name without extension (<c>ranking-entries</c>).</summary>
    public string Name { get; } = name;

    public string Description { get; } = description;

    public IReadOnlyList<DownloadColumn> Columns { get; } = columns;

    /// <summary>The rows, one array of values (in <see cref="Columns"/> order) at a time, straight from the database reader.</summary>
    public abstract IAsyncEnumerable<object?[]> ReadAsync(OpenDataDbContext db, CancellationToken cancellationToken);

    public abstract Task<int> CountAsync(OpenDataDbContext db, CancellationToken cancellationToken);
}

/// <summary>A table whose rows are <typeparamref name="TRow"/> projections; built with <see cref="DownloadTableBuilder{TRow}"/>.</summary>
internal sealed class DownloadTable<TRow>(
    string name,
    string description,
    Func<OpenDataDbContext, IQueryable<TRow>> query,
    IReadOnlyList<DownloadColumn> columns,
    IReadOnlyList<Func<TRow, object?>> values) : DownloadTable(name, description, columns)
{
    public override async IAsyncEnumerable<object?[]> ReadAsync(OpenDataDbContext db, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in query(db).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var cells = new object?[values.Count];
            for (var i = 0; i < cells.Length; i++) cells[i] = values[i](row);
            yield return cells;
        }
    }

    public override Task<int> CountAsync(OpenDataDbContext db, CancellationToken cancellationToken) =>
        query(db).CountAsync(cancellationToken);
}

/// <summary>Declares a table's columns in order, each with its type, whether it may be empty, and what it means.</summary>
internal sealed class DownloadTableBuilder<TRow>(string name, string description, Func<OpenDataDbContext, IQueryable<TRow>> query)
{
    private readonly List<DownloadColumn> _columns = [];
    private readonly List<Func<TRow, object?>> _values = [];

    private DownloadTableBuilder<TRow> Add(DownloadColumn column, Func<TRow, object?> value)
    {
        _columns.Add(column);
        _values.Add(value);
        return this;
    }

    public DownloadTableBuilder<TRow> String(string column, Func<TRow, string?> value, string meaning, bool nullable = false) =>
        Add(new(column, ColumnKind.String, nullable, meaning), r => value(r));

    public DownloadTableBuilder<TRow> Integer(string column, Func<TRow, int?> value, string meaning, bool nullable = false) =>
        Add(new(column, ColumnKind.Integer, nullable, meaning), r => value(r));

    public DownloadTableBuilder<TRow> Decimal(string column, Func<TRow, decimal?> value, string meaning, bool nullable = false) =>
        Add(new(column, ColumnKind.Decimal, nullable, meaning), r => value(r));

    public DownloadTableBuilder<TRow> Boolean(string column, Func<TRow, bool?> value, string meaning, bool nullable = false) =>
        Add(new(column, ColumnKind.Boolean, nullable, meaning), r => value(r));

    public DownloadTableBuilder<TRow> Date(string column, Func<TRow, DateOnly?> value, string meaning, bool nullable = false) =>
        Add(new(column, ColumnKind.Date, nullable, meaning), r => value(r));

    public DownloadTableBuilder<TRow> Enum<TEnum>(string column, Func<TRow, TEnum> value, string meaning) where TEnum : struct, Enum =>
        Add(new(column, ColumnKind.Enum, false, meaning, typeof(TEnum)), r => value(r));

    public DownloadTable Build() => new DownloadTable<TRow>(name, description, query, _columns, _values);
}

internal static class DownloadTableBuilder
{
    public static DownloadTableBuilder<TRow> For<TRow>(string name, string description, Func<OpenDataDbContext, IQueryable<TRow>> query) =>
        new(name, description, query);
}
