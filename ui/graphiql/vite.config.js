import { defineConfig } from 'vite';

// The bundle is served by the API itself (src/Api/Ide), offline: no CDN, every file local.
export default defineConfig({
  // Relative asset and worker URLs: the page works under any path base.
  base: './',
  build: {
    outDir: '../../src/Api/wwwroot/graphiql',
    emptyOutDir: true,
    // GraphiQL with Monaco is large by nature; the server sends precompressed copies (compress.mjs).
    chunkSizeWarningLimit: 6000,
    reportCompressedSize: false,
    rollupOptions: {
      // React libraries' "use client" directives mean nothing in a browser bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  // Monaco's editor, JSON and GraphQL workers as ES module workers, emitted beside the bundle.
  worker: { format: 'es' },
});
