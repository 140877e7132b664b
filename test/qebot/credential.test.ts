import { QebotSandbox } from '../sandbox/qebot';
import { basicAuth, credentialsOf, startQebot } from './setup';

describe('Qebot credential', () => {
	let context: Awaited<ReturnType<typeof startQebot>>;
	beforeAll(async () => (context = await startQebot()));
	afterAll(async () => await context.sandbox.stop());
	beforeEach(() => context.sandbox.clearLog());

	test('the test request succeeds with the right email and API key, sent as HTTP Basic', async () => {
		const { sandbox, harness } = context;
		const result = await harness.testCredential('qebotApi', credentialsOf(sandbox));
		expect(result.status).toBe('OK');
		expect(sandbox.log).toHaveLength(1);
		expect(sandbox.log[0]).toMatchObject({ method: 'GET', path: '/api/v1/brands' });
		expect(sandbox.log[0].headers.authorization).toBe(basicAuth(sandbox));
	});

	test('a base URL with a trailing slash works too', async () => {
		const { sandbox, harness } = context;
		const result = await harness.testCredential('qebotApi', credentialsOf(sandbox, { baseUrl: `${sandbox.url}/` }));
		expect(result.status).toBe('OK');
		expect(sandbox.log[0].path).toBe('/api/v1/brands');
	});

	test('a wrong API key fails clearly, without echoing the key', async () => {
		const { sandbox, harness } = context;
		const result = await harness.testCredential('qebotApi', credentialsOf(sandbox, { apiKey: 'wrong-key-123' }));
		expect(result.status).toBe('Error');
		expect(result).toEqual({ status: 'Error', message: 'Invalid username or API key (Qebot answered HTTP 401): check the email and the API key' });
		expect(result.message).not.toContain('wrong-key-123');
		expect(sandbox.log[0].headers.authorization).toBe(`Basic ${Buffer.from(`${sandbox.email}:wrong-key-123`).toString('base64')}`);
	});

	test('a wrong Base URL (a 404 or a web page instead of the list of brands) says what to check', async () => {
		const { sandbox, harness } = context;
		const result = await harness.testCredential('qebotApi', credentialsOf(sandbox, { baseUrl: `${sandbox.url}/api/v1` }));
		expect(result).toEqual({
			status: 'Error',
			message:
				'Qebot did not answer with the list of brands at {Base URL}/api/v1/brands: check the Base URL (e.g. https://dev.qebot.com, without /api/v1), the email and the API key',
		});
		expect(sandbox.log[0].path).toBe('/api/v1/api/v1/brands');
	});

	test('the node refuses to run with a wrong email and shows Qebot\'s message and status', async () => {
		const other = new QebotSandbox('someone@example.com', 'other-key');
		await other.start();
		try {
			const { harness } = context;
			harness.credentials.set('qebotApi', credentialsOf(other, { email: 'intruder@example.com' }));
			const { error, items } = await harness.run('qebot', { resource: 'tool', operation: 'getAll', returnAll: true });
			expect(items).toHaveLength(0);
			expect(error?.message).toBe('Invalid username or API key');
			expect(error?.httpCode).toBe('401');
			expect(error?.message).not.toContain('other-key');
		} finally {
			context.harness.credentials.set('qebotApi', credentialsOf(context.sandbox));
			await other.stop();
		}
	});
});
