import { basicAuth, byId, jsonOf, startQebot } from './setup';

describe('Qebot node › Business', () => {
	let context: Awaited<ReturnType<typeof startQebot>>;
	beforeAll(async () => (context = await startQebot()));
	afterAll(async () => await context.sandbox.stop());
	beforeEach(() => context.sandbox.clearLog());

	const newBusiness = {
		resource: 'business',
		operation: 'create',
		businessName: 'Burger Barn Austin',
		businessBrandId: byId(1),
		businessCategoryId: 1,
		businessAddress: '500 Congress Ave',
		businessCity: 'Austin',
		businessCountryId: 230,
		businessZipCode: '78701',
		businessEmail: 'austin@burgerbarn.example',
		businessStatus: 'active',
	};

	test('Get Many returns one item per business with its category, country and state', async () => {
		const { sandbox, harness } = context;
		const { items } = await harness.run('qebot', { resource: 'business', operation: 'getAll', limit: 3, businessSimplify: false });
		expect(items).toHaveLength(3);
		expect(items[0].json).toMatchObject({
			id: 1,
			brand_id: 1,
			business_name: 'Burger Barn San Francisco',
			category: { id: 52, name: 'Other' },
			country: { id: 230, code: 'US' },
			state: { id: 5, abbr: 'CA' },
		});
		expect(sandbox.log.map((entry) => [entry.method, entry.path, entry.headers.authorization])).toEqual([
			['GET', '/api/v1/businesses', basicAuth(sandbox)],
		]);
	});

	test('Get many also reads a list the API wraps under another key (doc example "brands")', async () => {
		const { sandbox, harness } = context;
		sandbox.injectFault({ status: 200, json: { brands: [{ id: 7, business_name: 'Odd Wrapper' }] } });
		const { items } = await harness.run('qebot', { resource: 'business', operation: 'getAll', returnAll: true, businessSimplify: false });
		expect(jsonOf(items)).toEqual([{ id: 7, business_name: 'Odd Wrapper' }]);
	});

	test('Get requests /businesses/{id} (not the /brands path of the doc\'s heading)', async () => {
		const { sandbox, harness } = context;
		const { items } = await harness.run('qebot', { resource: 'business', operation: 'get', businessId: byId(2), businessSimplify: false });
		expect(sandbox.log.map((entry) => [entry.method, entry.path])).toEqual([['GET', '/api/v1/businesses/2']]);
		expect(items.map((item) => item.json.business_name)).toEqual(['Pizza Planet San Diego']);
	});

	test('Create sends the documented flat body with the dropdown ids as numbers', async () => {
		const { sandbox, harness } = context;
		const { items, error } = await harness.run('qebot', {
			...newBusiness,
			businessFields: { phone: '5125550100', stateId: 43, address2: 'Suite 2' },
		});
		expect(error).toBeUndefined();
		expect(sandbox.log[0]).toMatchObject({ method: 'POST', path: '/api/v1/businesses' });
		expect(sandbox.log[0].body).toEqual({
			business_name: 'Burger Barn Austin',
			brand_id: 1,
			category_id: 1,
			address: '500 Congress Ave',
			city: 'Austin',
			country_id: 230,
			zipcode: '78701',
			email: 'austin@burgerbarn.example',
			status: 'active',
			phone: '5125550100',
			state_id: 43,
			address2: 'Suite 2',
		});
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ business_name: 'Burger Barn Austin', brand_id: 1, category: { id: 1, name: 'Accounting' } });
	});

	test('Create with a bad email or a non-numeric brand sends nothing', async () => {
		const { sandbox, harness } = context;
		const badEmail = await harness.run('qebot', { ...newBusiness, businessEmail: 'not-an-email' });
		expect(badEmail.error?.message).toBe(`Invalid 'Email': "not-an-email" is not an email address`);
		const badBrand = await harness.run('qebot', { ...newBusiness, businessBrandId: byId('={{ "one" }}') });
		expect(badBrand.error?.message).toBe(`Invalid 'Brand': "one" is not a numeric ID`);
		expect(sandbox.log).toHaveLength(0);
	});

	test('A brand that does not exist comes back as Qebot\'s 422', async () => {
		const { harness } = context;
		const { error } = await harness.run('qebot', { ...newBusiness, businessBrandId: byId(999) });
		expect(error?.message).toBe('brand must exist');
		expect(error?.httpCode).toBe('422');
	});

	test('Update PATCHes only the set fields; the free-text state is "state" as the update doc says', async () => {
		const { sandbox, harness } = context;
		const { items } = await harness.run('qebot', {
			resource: 'business',
			operation: 'update',
			businessId: byId(3),
			businessUpdateFields: { city: 'Toronto', stateName: 'Ontario', countryId: 38, brandId: byId(2) },
		});
		expect(sandbox.log.map((entry) => [entry.method, entry.path, entry.body])).toEqual([
			['PATCH', '/api/v1/businesses/3', { city: 'Toronto', state: 'Ontario', country_id: 38, brand_id: 2 }],
		]);
		expect(items[0].json).toMatchObject({ id: 3, city: 'Toronto', state_name: 'Ontario', brand_id: 2, country: { code: 'CA' } });
	});

	test('Update › Brand is picked like Create\'s (From List or By ID); a bad ID sends nothing', async () => {
		const { sandbox, harness } = context;
		const fromList = { __rl: true, mode: 'list', value: '1' };
		const { error } = await harness.run('qebot', { resource: 'business', operation: 'update', businessId: byId(3), businessUpdateFields: { brandId: fromList } });
		expect(error).toBeUndefined();
		expect(sandbox.log.map((entry) => entry.body)).toEqual([{ brand_id: 1 }]);
		sandbox.clearLog();
		const bad = await harness.run('qebot', { resource: 'business', operation: 'update', businessId: byId(3), businessUpdateFields: { brandId: byId('={{ "two words" }}') } });
		expect(bad.error?.message).toBe(`Invalid 'Update Fields › Brand': "two words" is not an ID (no spaces, "/", "?" or "#")`);
		expect(sandbox.log).toHaveLength(0);
	});

	test('Simplify (on by default) gives ten fields of a business, for Get and Get Many', async () => {
		const { harness } = context;
		const one = await harness.run('qebot', { resource: 'business', operation: 'get', businessId: byId(1) });
		expect(one.items.map((item) => [item.json, item.pairedItem])).toEqual([
			[
				{ id: 1, brandId: 1, businessName: 'Burger Barn San Francisco', email: expect.any(String), phone: expect.any(String), address: expect.any(String), city: expect.any(String), zipCode: expect.any(String), country: 'US', status: 'active' },
				{ item: 0 },
			],
		]);
		const many = await harness.run('qebot', { resource: 'business', operation: 'getAll', limit: 2 });
		expect(many.items).toHaveLength(2);
		expect(many.items.every((item) => Object.keys(item.json).length <= 10 && !('category' in item.json))).toBe(true);
	});

	test('Update with an empty name sends nothing', async () => {
		const { sandbox, harness } = context;
		const { error } = await harness.run('qebot', { resource: 'business', operation: 'update', businessId: byId(3), businessUpdateFields: { businessName: ' ' } });
		expect(error?.message).toMatch(/^Invalid 'Business Name'/);
		expect(sandbox.log).toHaveLength(0);
	});

	test('Delete sends DELETE /businesses/{id}', async () => {
		const { sandbox, harness } = context;
		const business = sandbox.addBusiness({ business_name: 'Gone Soon' });
		const { items } = await harness.run('qebot', { resource: 'business', operation: 'delete', businessId: byId(business.id) });
		expect(sandbox.log.map((entry) => [entry.method, entry.path])).toEqual([['DELETE', `/api/v1/businesses/${business.id}`]]);
		expect(jsonOf(items)).toEqual([{ deleted: true }]);
		expect(sandbox.businesses.has(business.id)).toBe(false);
	});

	test('The business picker and the brand dropdown come from the API', async () => {
		const { harness } = context;
		const search = await harness.listSearch('qebot', 'searchBusinesses', {}, 'san diego');
		expect(search.results).toEqual([
			{ name: 'Pizza Planet San Diego, San Diego (#2)', value: '2' },
			{ name: 'Pizza Planet San Diego, San Diego (#6)', value: '6' },
		]);
		const brands = await harness.loadOptions('qebot', 'getBrands');
		expect(brands.map((option) => option.value)).toEqual(expect.arrayContaining([1, 2, 3]));
		expect(brands[0]).toEqual({ name: 'Burger Barn (#1)', value: 1 });
		const businesses = await harness.loadOptions('qebot', 'getBusinesses');
		expect(businesses).toContainEqual({ name: 'Pizza Planet San Diego, San Diego (#2)', value: 2 });
	});
});
