import { defineConfig } from 'vite';

// `npm start`: the demo intranet page, resolving the workspace packages to their TypeScript sources.
export default defineConfig({
  root: 'demo',
  resolve: { conditions: ['source', 'browser', 'module', 'import', 'default'] },
  server: { port: 5173, strictPort: false, open: false },
  build: { outDir: '../dist-demo', emptyOutDir: true },
});
