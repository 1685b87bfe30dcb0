import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The UI is plain Preact compiled by esbuild's JSX transform (no preset needed).
// Built files are served by `readout serve` from web/dist.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 600,
  },
  server: {
    // `npx vite --config web/vite.config.ts` during development: the API runs under `readout serve --port 8080`
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
