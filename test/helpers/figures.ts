// Figures the README and docs quote, as the suites measured them: each suite writes
// `.cache/figures/<name>.json`, and `node scripts/figures.js` checks (or `--write`s) the docs.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const FIGURES_DIR = path.resolve(__dirname, '..', '..', '.cache', 'figures');

export function recordFigure(name: string, values: Record<string, number>) {
	mkdirSync(FIGURES_DIR, { recursive: true });
	const file = path.join(FIGURES_DIR, `${name}.json`);
	// jest runs files in parallel workers: write whole files only
	writeFileSync(`${file}.${process.pid}`, JSON.stringify({ ...values, measuredAt: new Date().toISOString() }, null, 2));
	renameSync(`${file}.${process.pid}`, file);
}
