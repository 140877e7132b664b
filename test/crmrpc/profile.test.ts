import { type CrmRpcTestBed, expectRpc, jsonOf, startCrmRpc } from './setup';

let bed: CrmRpcTestBed;

beforeAll(async () => {
	bed = await startCrmRpc(20);
});
afterAll(async () => bed.sandbox.stop());
beforeEach(() => bed.sandbox.clearLog());

describe('CrmRpc › Auth', () => {
	it('Login calls Auth.Login with the credential and outputs the user, never the token', async () => {
		const { items, error } = await bed.run({ resource: 'auth', operation: 'login' });
		expect(error).toBeUndefined();
		const login = bed.sandbox.log.filter((entry) => entry.path === '/auth' && entry.headers.authorization);
		expect(login).toHaveLength(1);
		expect(login[0].body).toEqual({ method: 'Login', parameters: { email: 'demo@crmrpc.test', password: 'demo-password-123' } });
		expect(jsonOf(items)).toEqual([{ authenticated: true, user: { id: 101, name: 'Ana López', email: 'demo@crmrpc.test' } }]);
		expect(JSON.stringify(items)).not.toContain('crm-token');
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});
});

describe('CrmRpc › Profile', () => {
	it('Get Many lists the profiles (GetProfiles, no parameters)', async () => {
		const { items, error } = await bed.run({ resource: 'profile', operation: 'getAll', returnAll: true });
		expect(error).toBeUndefined();
		expect(bed.calls()).toHaveLength(1);
		expectRpc(bed.calls()[0], 'profiles', 'GetProfiles');
		expect(jsonOf(items)).toEqual([
			{ id: 1, name: 'Sales Mexico' },
			{ id: 2, name: 'Support' },
		]);
	});

	it('Get Many applies Limit to the returned list', async () => {
		const { items } = await bed.run({ resource: 'profile', operation: 'getAll', returnAll: false, limit: 1 });
		expect(jsonOf(items)).toEqual([{ id: 1, name: 'Sales Mexico' }]);
	});

	it('Get Stages sends the profile and outputs one item per stage', async () => {
		const { items } = await bed.run({ resource: 'profile', operation: 'getStages', profileId: 2 });
		expectRpc(bed.calls()[0], 'profiles', 'GetStages', { profile_id: 2 });
		expect(jsonOf(items).map((stage) => stage.id)).toEqual([201, 202, 203, 204]);
	});

	it('Get Users sends the profile', async () => {
		const { items } = await bed.run({ resource: 'profile', operation: 'getUsers', profileId: 1 });
		expectRpc(bed.calls()[0], 'profiles', 'GetUsers', { profile_id: 1 });
		expect(jsonOf(items)[0]).toEqual({ id: 101, name: 'Ana López', email: 'user1@crm.test' });
	});

	it('Get Countries needs no profile', async () => {
		const { items } = await bed.run({ resource: 'profile', operation: 'getCountries' });
		expectRpc(bed.calls()[0], 'profiles', 'GetCountries');
		expect(jsonOf(items)).toEqual([
			{ code: 'MX', name: 'México' },
			{ code: 'US', name: 'United States' },
		]);
	});

	it('Get States sends the country code', async () => {
		const { items } = await bed.run({ resource: 'profile', operation: 'getStates', profileCountry: 'US' });
		expectRpc(bed.calls()[0], 'profiles', 'GetStates', { country: 'US' });
		expect(jsonOf(items).map((state) => state.code)).toEqual(['CA', 'TX']);
	});

	it('Get States without a country sends nothing', async () => {
		// n8n itself refuses an empty required field
		const empty = await bed.run({ resource: 'profile', operation: 'getStates', profileCountry: '' });
		expect(empty.error?.message).toContain('Parameter "Country Name or ID" is required');
		// blank text passes n8n's check and is refused by the node
		const blank = await bed.run({ resource: 'profile', operation: 'getStates', profileCountry: '  ' });
		// (RoutingNode rewraps the node's NodeOperationError as a NodeApiError with the same message)
		expect(blank.error?.message).toBe("Invalid 'Country': it is required and cannot be empty");
		expect(blank.error?.description).toContain('nothing was sent');
		expect(bed.sandbox.log).toHaveLength(0);
	});

	it('a profile that is not an ID sends nothing', async () => {
		const { error } = await bed.run({ resource: 'profile', operation: 'getUsers', profileId: 'Sales' });
		expect(error?.message).toBe(`Invalid 'Profile': "Sales" is not a numeric ID`);
		expect(bed.sandbox.log).toHaveLength(0);
	});

	it('an unknown profile is the API error (HTTP 200, success false)', async () => {
		const { error } = await bed.run({ resource: 'profile', operation: 'getStages', profileId: 9 });
		expect(error).toMatchObject({ name: 'NodeApiError', message: 'Profile 9 not found', httpCode: '200' });
	});
});
