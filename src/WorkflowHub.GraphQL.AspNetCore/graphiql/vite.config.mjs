import { defineConfig } from 'vite';

// Relative asset URLs: the server answers at any endpoint path and adds a <base> pointing below it.
export default defineConfig({
  base: './',
  esbuild: { jsx: 'automatic' },
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    assetsDir: 'graphiql-assets',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 8000,
  },
});
