// Figures the README and docs quote, as the suites measured them: each suite writes
// `.cache/figures/<name>.json`, and `node scripts/figures.js` checks (or `--write`s) the docs.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const FIGURES_DIR = path.resolve(__dirname, '..', '..', '.cache', 'figures');

interface RunnerState {
	testNamePattern?: RegExp | null;
	hasFocusedTests?: boolean;
	rootDescribeBlock?: { children?: unknown[] };
}

/**
 * jest-circus's state for the running file. It sits on the test global under a private symbol (a
 * `require('jest-circus')` in a test gets a second, empty instance), so it is found by description.
 */
function runnerState(): RunnerState | undefined {
	for (const symbol of Object.getOwnPropertySymbols(globalThis)) {
		if (symbol.description !== 'JEST_STATE_SYMBOL') continue;
		const state = (globalThis as Record<symbol, RunnerState | undefined>)[symbol];
		if (state?.rootDescribeBlock?.children?.length) return state;
	}
	return undefined;
}

/** Records what a suite measured; a run narrowed with `-t` or `.only` measured only part, and records nothing. */
export function recordFigure(name: string, values: Record<string, number>) {
	const state = runnerState();
	if (state?.testNamePattern || state?.hasFocusedTests) return;
	mkdirSync(FIGURES_DIR, { recursive: true });
	const file = path.join(FIGURES_DIR, `${name}.json`);
	// jest runs files in parallel workers: write whole files only
	writeFileSync(`${file}.${process.pid}`, JSON.stringify({ ...values, measuredAt: new Date().toISOString() }, null, 2));
	renameSync(`${file}.${process.pid}`, file);
}
