import { readFileSync } from 'node:fs';
import path from 'node:path';

import { parameterSnapshot } from './parameters';

/**
 * Saved workflows are users' data: once a node version is released, none of its parameter
 * names, types, option values or locator modes may be renamed or removed. A change of that kind
 * needs a new node version (`version: [1, 2]`, `defaultVersion`) and a CHANGELOG entry.
 * Additions are fine; record them with `npm run snapshot:parameters`.
 */
const recorded = JSON.parse(readFileSync(path.join(__dirname, 'parameters.snapshot.json'), 'utf8')) as Record<string, string[]>;
const current = parameterSnapshot();

describe('parameters of released node versions', () => {
	test.each(Object.keys(recorded))('%s keeps every parameter, type and option value', (key) => {
		expect(current[key]).toBeDefined();
		const kept = new Set(current[key]);
		const lost = recorded[key].filter((entry) => !kept.has(entry));
		expect(lost).toEqual([]);
	});

	test('the snapshot records every node version and everything it offers now', () => {
		const added = Object.entries(current).flatMap(([key, entries]) =>
			entries.filter((entry) => !(recorded[key] ?? []).includes(entry)).map((entry) => `${key} ${entry}`),
		);
		// a new parameter or option is fine, but it must be recorded so that it is guarded from now on
		expect(added).toEqual([]);
	});
});
