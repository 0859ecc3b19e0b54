import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The C++ server the dev server forwards /api to; override with DANGBO_API.
const apiTarget = process.env.DANGBO_API ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: {
      // Keep the browser's Host header: the server accepts a write only when Origin matches Host.
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The dashboard's chunk carries ECharts (about 570 kB, 195 kB gzipped); only the dashboard loads it.
    chunkSizeWarningLimit: 650,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/, priority: 20 },
          ],
        },
      },
    },
  },
});
