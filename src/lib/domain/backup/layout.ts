/**
 * Reads a backup in the exact layout `serializeBackup` writes — one key per
 * line, one record per line — a slice at a time, so an 80 MB file never
 * freezes the page in one long JSON.parse. The result is what JSON.parse gives
 * for the whole text (every fragment goes through JSON.parse, and keys are
 * defined the way JSON.parse defines them, so `__proto__` stays a plain key).
 * Any other layout — re-indented, edited, damaged, truncated — returns
 * undefined and the caller parses the file whole, with its error messages.
 */
export async function parseBackupLayout(
	text: string,
	options: {
		pause?: () => Promise<void>;
		onProgress?: (fraction: number) => void;
		sliceMs?: number;
	} = {}
): Promise<unknown> {
	const { pause, onProgress, sliceMs = 25 } = options;
	const root: Record<string, unknown> = {};
	let array: unknown[] | undefined;
	let position = 0;
	let lineNumber = 0;
	let closed = false;
	let sliceStart = performance.now();

	const next = (): string | undefined => {
		if (position >= text.length) return undefined;
		let end = text.indexOf('\n', position);
		if (end === -1) end = text.length;
		let line = text.slice(position, end);
		if (line.endsWith('\r')) line = line.slice(0, -1);
		position = end + 1;
		lineNumber++;
		return line;
	};
	const parse = (fragment: string): { ok: true; value: unknown } | { ok: false } => {
		try {
			return { ok: true, value: JSON.parse(fragment) };
		} catch {
			return { ok: false };
		}
	};

	if (next() !== '{') return undefined;
	let expectMore = true;
	for (let line = next(); line !== undefined; line = next()) {
		if (closed) {
			if (line === '') continue;
			return undefined;
		}
		if (array) {
			if (line === '\t]' || line === '\t],') {
				if (expectMore) return undefined;
				array = undefined;
				expectMore = line.endsWith(',');
				continue;
			}
			if (!expectMore || !line.startsWith('\t\t')) return undefined;
			expectMore = line.endsWith(',');
			const record = parse(expectMore ? line.slice(2, -1) : line.slice(2));
			if (!record.ok) return undefined;
			array.push(record.value);
		} else if (line === '}') {
			if (expectMore && lineNumber > 2) return undefined;
			closed = true;
		} else {
			const match = /^\t("(?:[^"\\]|\\.)*"): (.*?)(,?)$/.exec(line);
			if (!match || !expectMore) return undefined;
			const key = parse(match[1]!);
			if (!key.ok || typeof key.value !== 'string') return undefined;
			expectMore = match[3] === ',';
			let value: unknown;
			if (match[2] === '[' && !expectMore) {
				array = [];
				value = array;
				expectMore = true;
			} else {
				const parsed = parse(match[2]!);
				if (!parsed.ok) return undefined;
				value = parsed.value;
			}
			// As JSON.parse does: an own data property, even for "__proto__".
			Object.defineProperty(root, key.value, {
				value,
				enumerable: true,
				writable: true,
				configurable: true
			});
		}
		if (pause && performance.now() - sliceStart > sliceMs) {
			onProgress?.(position / text.length);
			await pause();
			sliceStart = performance.now();
		}
	}
	if (!closed || array) return undefined;
	onProgress?.(1);
	return root;
}
