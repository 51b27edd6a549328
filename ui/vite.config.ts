import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// The app is served from the Tauri bundle, never from a network: relative
// asset paths, no inline scripts (the CSP forbids them), one CSS file.
export default defineConfig({
  plugins: [svelte()],
  base: './',
  clearScreen: false,
  // The catalogues live beside the core, in ../locales: let the dev server read them.
  server: { port: 1420, strictPort: true, fs: { allow: ['..'] } },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    cssCodeSplit: false,
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // theme.test.ts reads app.css as text (?raw): let Vite serve it.
    css: { include: [/app\.css/] },
  },
});
