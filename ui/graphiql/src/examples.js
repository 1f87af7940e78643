// The example queries live in ../examples/*.graphql (variables in a .json file of the same name), so
// that the API's tests run every one of them and docs/examples.md shows their answers.
// First comment line: "# <audience> · <title>"; the next comment lines describe the example.
const sources = import.meta.glob('../examples/*.graphql', { query: '?raw', import: 'default', eager: true });
const variables = import.meta.glob('../examples/*.json', { query: '?raw', import: 'default', eager: true });

export function parseExample(path, text, variablesText) {
  const comments = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('#')) break;
    comments.push(line.replace(/^#\s?/, ''));
  }
  const [audience, title] = (comments[0] ?? '').split(' · ');
  if (!audience || !title) throw new Error(`${path}: the first line must read "# <audience> · <title>"`);
  return {
    file: path.split('/').pop(),
    audience: audience.trim(),
    title: title.trim(),
    description: comments.slice(1).join(' ').trim(),
    query: text.trimEnd() + '\n',
    variables: variablesText ? variablesText.trim() : undefined,
  };
}

export const examples = Object.keys(sources)
  .sort()
  .map((path) => parseExample(path, sources[path], variables[path.replace(/\.graphql$/, '.json')]));
