import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png'
};

/**
 * Serves a static build folder the way a static host would: files, then
 * `path.html` for prerendered pages, then the SPA fallback page.
 */
export async function serveStatic(
	root: string
): Promise<{ url: string; close: () => Promise<void> }> {
	const server: Server = createServer(async (request, response) => {
		const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
		const candidates = path.endsWith('/')
			? [join(path, 'index.html')]
			: [path, `${path}.html`, '/200.html'];
		for (const candidate of candidates) {
			try {
				const body = await readFile(join(root, candidate));
				response.writeHead(200, {
					'content-type': TYPES[extname(candidate)] ?? 'application/octet-stream',
					'cache-control': 'no-cache'
				});
				response.end(body);
				return;
			} catch {
				// try the next candidate
			}
		}
		response.writeHead(404).end('not found');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (typeof address !== 'object' || address === null) throw new Error('no address');
	return {
		url: `http://127.0.0.1:${address.port}`,
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
