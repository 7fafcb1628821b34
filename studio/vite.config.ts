import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Relative asset URLs: the server serves the bundle at /studio (or below a path base).
// In development, /graphql is proxied to a server started with the README's run command.
export default defineConfig({
  base: './',
  plugins: [react()],
  server: { proxy: { '/graphql': { target: 'http://localhost:5080', ws: true } } },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 4000,
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
  },
});
