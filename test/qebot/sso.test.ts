import http from 'node:http';

import { basicAuth, jsonOf, startQebot } from './setup';

/** What a browser would get when opening the URL (without following the redirect). */
function open(url: string): Promise<{ status: number; location?: string }> {
	return new Promise((resolve, reject) => {
		http.get(url, (response) => {
			response.resume();
			resolve({ status: response.statusCode ?? 0, location: response.headers.location });
		}).on('error', reject);
	});
}

describe('Qebot node › SSO', () => {
	let context: Awaited<ReturnType<typeof startQebot>>;
	beforeAll(async () => (context = await startQebot()));
	afterAll(async () => await context.sandbox.stop());
	beforeEach(() => context.sandbox.clearLog());

	test('Create API Key posts the username with Basic auth and returns the token', async () => {
		const { sandbox, harness } = context;
		const { items } = await harness.run('qebot', { resource: 'sso', operation: 'createApiKey', ssoUsername: ' john@example.com ' });
		expect(sandbox.log.map((entry) => [entry.method, entry.path, entry.body, entry.headers.authorization])).toEqual([
			['POST', '/api/v1/sso/apikey', { username: 'john@example.com' }, basicAuth(sandbox)],
		]);
		expect(jsonOf(items)).toEqual([{ token: expect.stringMatching(/^[0-9a-f]{12}$/) }]);
		expect(sandbox.ssoTokens.get(items[0].json.token as string)).toBe('john@example.com');
	});

	test('Create API Key for an unknown user shows Qebot\'s error', async () => {
		const { harness } = context;
		const { error } = await harness.run('qebot', { resource: 'sso', operation: 'createApiKey', ssoUsername: 'nobody@example.com' });
		expect(error?.message).toBe('No user with username nobody@example.com');
		expect(error?.httpCode).toBe('404');
	});

	test('Get Log In URL returns the URL with the token and sends nothing, so the one-time token stays valid', async () => {
		const { sandbox, harness } = context;
		const created = await harness.run('qebot', { resource: 'sso', operation: 'createApiKey', ssoUsername: 'jane@example.com' });
		const token = created.items[0].json.token as string;
		sandbox.clearLog();
		const { items } = await harness.run('qebot', { resource: 'sso', operation: 'login', ssoToken: token });
		expect(jsonOf(items)).toEqual([{ url: `${sandbox.url}/api/v1/sso/login?token=${token}` }]);
		expect(sandbox.log).toHaveLength(0);
		// the user's browser opening it is what logs them in
		expect(await open(items[0].json.url as string)).toEqual({ status: 302, location: `${sandbox.url}/dashboard` });
	});

	test('Get Log Out URL returns the logout URL and sends nothing', async () => {
		const { sandbox, harness } = context;
		const { items } = await harness.run('qebot', { resource: 'sso', operation: 'logout', ssoToken: 'f9be9aac578b' });
		expect(jsonOf(items)).toEqual([{ url: `${sandbox.url}/api/v1/sso/logout?token=f9be9aac578b` }]);
		expect(sandbox.log).toHaveLength(0);
	});

	test('Get Log In URL (JWT) puts the email in the path, the JWT in the query, and sends nothing', async () => {
		const { sandbox, harness } = context;
		const { items } = await harness.run(
			'qebot',
			{ resource: 'sso', operation: 'loginJwt', ssoEmail: '={{ $json.email }}', ssoJwt: 'eyJhbGciOi.x+y/z' },
			{ items: [{ email: 'jd@e.com' }, { email: 'clark@example.com' }] },
		);
		expect(items.map((item) => [item.json.url, item.pairedItem])).toEqual([
			[`${sandbox.url}/api/v1/sso/jwt/jd%40e.com?token=eyJhbGciOi.x%2By%2Fz`, { item: 0 }],
			[`${sandbox.url}/api/v1/sso/jwt/clark%40example.com?token=eyJhbGciOi.x%2By%2Fz`, { item: 1 }],
		]);
		expect(sandbox.log).toHaveLength(0);
	});

	test('A missing token or a bad email is refused before anything is built or sent', async () => {
		const { sandbox, harness } = context;
		const noToken = await harness.run('qebot', { resource: 'sso', operation: 'login', ssoToken: '={{ "" }}' });
		expect(noToken.error?.message).toBe("Invalid 'Token': it is required and cannot be empty");
		const badEmail = await harness.run('qebot', { resource: 'sso', operation: 'loginJwt', ssoEmail: 'jd', ssoJwt: 't' });
		expect(badEmail.error?.message).toBe(`Invalid 'Email': "jd" is not an email address`);
		expect(sandbox.log).toHaveLength(0);
	});
});
