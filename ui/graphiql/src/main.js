import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './main.css';
import { createElement as h, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { useGraphiQL, useGraphiQLActions } from '@graphiql/react';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { examples } from './examples.js';

// The page is served at the endpoint itself (GET /graphql with Accept: text/html), so the
// endpoint is this page's own path, whatever the server's path base.
const endpoint = new URL(window.location.pathname, window.location.href).href;
const fetcher = createGraphiQLFetcher({ url: endpoint });

const audiences = [...new Set(examples.map((e) => e.audience))];

function ExamplesPanel() {
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const variableEditor = useGraphiQL((state) => state.variableEditor);
  const { setOperationName } = useGraphiQLActions();
  const load = (example) => {
    queryEditor?.setValue(example.query);
    variableEditor?.setValue(example.variables ?? '');
    // GraphiQL re-reads the operation name from the editor after a debounce; set it now, or a quick run sends the
    // previous tab's name ("Document does not contain an operation named …").
    setOperationName(/^\s*(?:query|subscription|mutation)\s+([_A-Za-z][_0-9A-Za-z]*)/m.exec(example.query)?.[1] ?? '');
  };
  return h('div', { className: 'od-examples' },
    h('h2', null, 'Examples'),
    h('p', null, 'Click one to load it into the editor, then run it (Ctrl-Enter). The Docs tab describes every type and field.'),
    ...audiences.map((audience) => h('section', { key: audience },
      h('h3', null, audience),
      ...examples.filter((e) => e.audience === audience).map((example) =>
        h('button', {
          key: example.file,
          type: 'button',
          'data-example': example.file,
          title: example.description,
          onClick: () => load(example),
        }, h('strong', null, example.title), h('span', null, example.description))))));
}

function ExamplesIcon() {
  return h('svg', { viewBox: '0 0 24 24', width: '1em', height: '1em', fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, 'aria-hidden': true },
    h('path', { d: 'M4 5h16M4 12h16M4 19h10', strokeLinecap: 'round' }));
}

const examplesPlugin = { title: 'Examples', icon: ExamplesIcon, content: ExamplesPanel };

createRoot(document.getElementById('graphiql')).render(
  h(StrictMode, null,
    h(GraphiQL, {
      fetcher,
      plugins: [examplesPlugin],
      defaultTabs: examples.map((e) => ({ query: e.query, variables: e.variables })),
      defaultEditorToolsVisibility: true,
    })));
