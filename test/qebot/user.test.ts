import { basicAuth, byId, jsonOf, startQebot } from './setup';

describe('Qebot node › User', () => {
	let context: Awaited<ReturnType<typeof startQebot>>;
	beforeAll(async () => (context = await startQebot()));
	afterAll(async () => await context.sandbox.stop());
	beforeEach(() => context.sandbox.clearLog());

	const newUser = {
		resource: 'user',
		operation: 'create',
		userFirstName: 'Barry',
		userLastName: 'Allen',
		userUsername: 'barry@example.com',
		userPassword: 'flash-fast-1',
		userRoleId: 3,
	};

	test('Get Many and Get unwrap {users: [...]} and never show passwords', async () => {
		const { sandbox, harness } = context;
		const many = await harness.run('qebot', { resource: 'user', operation: 'getAll', returnAll: true });
		expect(many.items).toHaveLength(sandbox.users.size);
		expect(many.items[0].json).toMatchObject({ id: 1000, username: 'agency@example.com', role: { id: 2, name: 'Corporate Admin' } });
		expect(JSON.stringify(many.items)).not.toContain('password');
		const one = await harness.run('qebot', { resource: 'user', operation: 'get', userId: byId(1001) });
		expect(jsonOf(one.items)).toEqual([expect.objectContaining({ id: 1001, first_name: 'John' })]);
		expect(sandbox.log.map((entry) => [entry.method, entry.path, entry.headers.authorization])).toEqual([
			['GET', '/api/v1/users', basicAuth(sandbox)],
			['GET', '/api/v1/users/1001', basicAuth(sandbox)],
		]);
	});

	test('Create sends role_id from the dropdown and the brand and business ids as lists', async () => {
		const { sandbox, harness } = context;
		const { items, error } = await harness.run('qebot', {
			...newUser,
			userFields: { brandIds: [1, 2], businessIds: '={{ "3, 4" }}', status: 'inactive' },
		});
		expect(error).toBeUndefined();
		expect(sandbox.log[0]).toMatchObject({ method: 'POST', path: '/api/v1/users' });
		expect(sandbox.log[0].body).toEqual({
			first_name: 'Barry',
			last_name: 'Allen',
			username: 'barry@example.com',
			password: 'flash-fast-1',
			role_id: 3,
			brand_ids: [1, 2],
			business_ids: [3, 4],
			status: 'inactive',
		});
		expect(items[0].json).toMatchObject({ first_name: 'Barry', role: { id: 3, name: 'Business Admin' }, status: 'inactive' });
		expect(items[0].json).not.toHaveProperty('password');
	});

	test('A username already taken comes back as Qebot\'s 422 message', async () => {
		const { harness } = context;
		const { error } = await harness.run('qebot', { ...newUser, userUsername: 'agency@example.com' });
		expect(error?.message).toBe('username has already been taken');
		expect(error?.httpCode).toBe('422');
	});

	test('Bad input sends nothing: an unassignable role, a username that is not an email, a bad id list', async () => {
		const { sandbox, harness } = context;
		const superAdmin = await harness.run('qebot', { ...newUser, userRoleId: '={{ 1 }}' });
		expect(superAdmin.error?.message).toBe(`Invalid 'Role': "1" is not one of the choices (Business Admin, Corporate Admin, User)`);
		const badUsername = await harness.run('qebot', { ...newUser, userUsername: 'barry' });
		expect(badUsername.error?.message).toBe(`Invalid 'Username': "barry" is not an email address`);
		const badIds = await harness.run('qebot', { ...newUser, userFields: { brandIds: '={{ "1, two" }}' } });
		expect(badIds.error?.message).toBe(`Invalid 'Brands': "two" is not a numeric ID`);
		expect(sandbox.log).toHaveLength(0);
	});

	test('Update PATCHes only the set fields, including role_id (from the doc\'s example)', async () => {
		const { sandbox, harness } = context;
		const { items } = await harness.run('qebot', {
			resource: 'user',
			operation: 'update',
			userId: byId(1002),
			userUpdateFields: { lastName: 'Lane-Kent', roleId: 2 },
		});
		expect(sandbox.log.map((entry) => [entry.method, entry.path, entry.body])).toEqual([
			['PATCH', '/api/v1/users/1002', { last_name: 'Lane-Kent', role_id: 2 }],
		]);
		expect(items[0].json).toMatchObject({ id: 1002, first_name: 'Jane', last_name: 'Lane-Kent', role: { id: 2 } });
	});

	test('An update answered with an empty body still gives one item per input', async () => {
		const { sandbox, harness } = context;
		sandbox.injectFault({ status: 204 });
		const { items } = await harness.run('qebot', { resource: 'user', operation: 'update', userId: byId(1002), userUpdateFields: { status: 'active' } });
		expect(items.map((item) => [item.json, item.pairedItem])).toEqual([[{ success: true }, { item: 0 }]]);
	});

	test('Update with nothing set sends nothing', async () => {
		const { sandbox, harness } = context;
		const { error } = await harness.run('qebot', { resource: 'user', operation: 'update', userId: byId(1002), userUpdateFields: {} });
		expect(error?.message).toBe("Invalid 'Update Fields': set at least one field to update");
		expect(sandbox.log).toHaveLength(0);
	});

	test('Delete sends DELETE /users/{id}', async () => {
		const { sandbox, harness } = context;
		const user = sandbox.addUser({ username: 'temp@example.com' });
		const { items } = await harness.run('qebot', { resource: 'user', operation: 'delete', userId: byId(user.id) });
		expect(sandbox.log.map((entry) => [entry.method, entry.path])).toEqual([['DELETE', `/api/v1/users/${user.id}`]]);
		expect(jsonOf(items)).toEqual([{ deleted: true }]);
	});

	test('The user picker shows name and username', async () => {
		const { harness } = context;
		const { results } = await harness.listSearch('qebot', 'searchUsers', {}, 'clark');
		expect(results).toEqual([{ name: 'Clark Lane <clark@example.com> (#1003)', value: '1003' }]);
	});
});
