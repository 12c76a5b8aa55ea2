import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  build: { target: 'es2022', chunkSizeWarningLimit: 1024 },
  worker: { format: 'es' },
});
