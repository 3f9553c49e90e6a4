import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'svelte/no-at-html-tags': 'error',
			// Live data goes through runes and the LiveQuery class, never a store: with no store to
			// check, this type-aware rule only cost a third of ESLint's time (about 20 s of 70 s).
			'svelte/require-store-reactive-access': 'off'
		}
	},
	{
		// The app's own code; tests may subscribe to a live query directly.
		files: ['src/**'],
		ignores: ['src/lib/state/live-query.svelte.ts', 'src/lib/domain/zod.ts'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					paths: [
						{ name: 'svelte/store', message: 'Use runes ($state, $derived) instead of stores.' },
						{ name: '$app/stores', message: 'Use $app/state instead.' },
						...['zod', 'zod/v4', 'zod/v4/classic', 'zod/mini', 'zod/v4/mini'].map((name) => ({
							name,
							// Types may come straight from zod/mini; values from the configured module only.
							allowTypeImports: true,
							message:
								'Import z from $lib/domain/zod: zod/mini, configured once before any schema is built (classic zod is 15 KB more).'
						})),
						{
							name: 'dexie',
							importNames: ['liveQuery'],
							message: 'Use LiveQuery from $lib/state/live-query.svelte.'
						}
					]
				}
			]
		}
	},
	{
		files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: { allowDefaultProject: ['playwright.config.ts'] },
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error'
		}
	},
	{
		files: ['**/*.js', '**/*.mjs'],
		...ts.configs.disableTypeChecked
	}
);
