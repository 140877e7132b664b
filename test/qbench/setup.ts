import { QBenchApi } from '../../credentials/QBenchApi.credentials';
import { QBench } from '../../nodes/QBench/QBench.node';
import { Harness } from '../helpers/harness';
import { QBenchSandbox } from '../sandbox/qbench';

/** A fresh QBench sandbox and harness per test file; the request log is cleared before each test. */
export function qbenchFixture() {
	const fixture = { sandbox: new QBenchSandbox(), harness: undefined as unknown as Harness };
	beforeAll(async () => {
		await fixture.sandbox.start();
		fixture.harness = new Harness([new QBench()], [new QBenchApi()], { qBenchApi: fixture.sandbox.demoCredentials() });
	});
	afterAll(async () => await fixture.sandbox.stop());
	beforeEach(() => fixture.sandbox.clearLog());
	return fixture;
}

export const byId = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });
