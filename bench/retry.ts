// Issue 17 benchmark: a 10,000-record Return All (QBench customers, 200 pages of 50) through
// n8n-core in-process, without faults and with a 429 every 50 requests. Real waits (the
// retries sleep for real here). Run alone: `TS_NODE_PREFER_TS_EXTS=true npx ts-node --transpile-only bench/retry.ts`;
// bench/run.ts may call runRetryBench().
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

process.env.N8N_USER_FOLDER ??= mkdtempSync(path.join(tmpdir(), 'n8n-pack-bench-'));
process.env.N8N_ENCRYPTION_KEY ??= 'bench-encryption-key';
process.env.N8N_DIAGNOSTICS_ENABLED = 'false';
process.env.N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS = 'false';
process.env.N8N_LOG_LEVEL ??= 'silent';

/* eslint-disable import/first */
import { QBenchApi } from '../credentials/QBenchApi.credentials';
import { QBench } from '../nodes/QBench/QBench.node';
import { Harness } from '../test/helpers/harness';
import { QBenchSandbox } from '../test/sandbox/qbench';
import { everyNth, type Fault } from '../test/sandbox/server';

export interface RetryBenchRow {
	scenario: string;
	records: number;
	requests: number;
	faults: number;
	/** median of the runs, ms */
	medianMs: number;
	runsMs: number[];
}

const RECORDS = 10_000;

const SCENARIOS: Array<{ scenario: string; fault?: Fault }> = [
	{ scenario: 'no faults' },
	{ scenario: '429 every 50 requests, Retry-After: 0', fault: { status: 429, json: { message: 'Too many requests' }, headers: { 'Retry-After': '0' } } },
	{ scenario: '429 every 50 requests, Retry-After: 1', fault: { status: 429, json: { message: 'Too many requests' }, headers: { 'Retry-After': '1' } } },
	{ scenario: '429 every 50 requests, no Retry-After (backoff)', fault: { status: 429, json: { message: 'Too many requests' } } },
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function runRetryBench(runs = Number(process.env.RETRY_BENCH_RUNS ?? 3)): Promise<RetryBenchRow[]> {
	const sandbox = new QBenchSandbox(undefined, RECORDS);
	await sandbox.start();
	const harness = new Harness([new QBench()], [new QBenchApi()], { qBenchApi: sandbox.demoCredentials() as ICredentialDataDecryptedObject });
	const rows: RetryBenchRow[] = [];
	try {
		// warm-up runs: module loading and JIT are not part of the figure
		for (let warmUp = 0; warmUp < 2; warmUp++) await harness.run('qBench', { resource: 'customer', operation: 'getAll', returnAll: true });
		const measured = SCENARIOS.map(({ scenario }) => ({ scenario, runsMs: [] as number[], requests: 0, faults: 0 }));
		// round robin: every scenario once per round, so a slower moment of the machine hits all alike
		for (let run = 0; run < runs; run++) {
			for (const [index, { scenario, fault }] of SCENARIOS.entries()) {
				sandbox.clearLog();
				sandbox.setFaultPlan(fault ? { faultFor: everyNth(50, fault) } : undefined);
				const started = process.hrtime.bigint();
				const { items, error } = await harness.run('qBench', { resource: 'customer', operation: 'getAll', returnAll: true });
				measured[index].runsMs.push(Number(process.hrtime.bigint() - started) / 1e6);
				if (error || items.length !== RECORDS) throw new Error(`${scenario}: ${error?.message ?? `${items.length} records`}`);
				measured[index].requests = sandbox.log.length;
				measured[index].faults = sandbox.planStats.served;
			}
		}
		for (const row of measured) rows.push({ ...row, records: RECORDS, medianMs: Math.round(median(row.runsMs)), runsMs: row.runsMs.map(Math.round) });
	} finally {
		sandbox.setFaultPlan(undefined);
		await sandbox.stop();
	}
	return rows;
}

export function retryBenchMarkdown(rows: RetryBenchRow[]): string {
	const base = rows[0]?.medianMs ?? 1;
	return [
		'| Return All of 10,000 QBench customers | requests | faults | median | more than without faults |',
		'|---|---|---|---|---|',
		...rows.map((row) => `| ${row.scenario} | ${row.requests} | ${row.faults} | ${(row.medianMs / 1000).toFixed(2)} s | +${((row.medianMs - base) / 1000).toFixed(2)} s |`),
	].join('\n');
}

if (require.main === module) {
	void runRetryBench().then(
		(rows) => {
			console.log(retryBenchMarkdown(rows));
			console.log(JSON.stringify(rows));
		},
		(error: unknown) => {
			console.error(error);
			process.exitCode = 1;
		},
	);
}
