// npm start: install if needed, build, and serve the production build.
import { ensureDependencies, heading, runNpx } from './run.mjs';

ensureDependencies();
heading('Building Rapport');
const built = runNpx(['vite', 'build']);
if (built !== 0) process.exit(built);
heading('Serving');
console.log('Rapport is running at http://127.0.0.1:4173 (Ctrl+C to stop)\n');
process.exit(runNpx(['vite', 'preview', '--host', '127.0.0.1', '--port', '4173', '--strictPort']));
