import { retryClock } from '../../nodes/shared/retry';
import { basicAuth, byId, jsonOf, startQebot } from './setup';

describe('Qebot node › Brand', () => {
	let context: Awaited<ReturnType<typeof startQebot>>;
	beforeAll(async () => (context = await startQebot()));
	afterAll(async () => await context.sandbox.stop());
	beforeEach(() => context.sandbox.clearLog());

	test('Get Many unwraps {brands: [...]} into one item per brand and applies Limit locally', async () => {
		const { sandbox, harness } = context;
		const limited = await harness.run('qebot', { resource: 'brand', operation: 'getAll', limit: 2 });
		expect(jsonOf(limited.items)).toEqual([
			{ id: 1, name: 'Burger Barn', status: 'active' },
			{ id: 2, name: 'Pizza Planet', status: 'active' },
		]);
		const all = await harness.run('qebot', { resource: 'brand', operation: 'getAll', returnAll: true });
		expect(all.items).toHaveLength(sandbox.brands.size);
		expect(all.items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
		// the list is not paginated: one request each time, no paging parameters
		expect(sandbox.log.map((entry) => [entry.method, entry.path, entry.rawQuery])).toEqual([
			['GET', '/api/v1/brands', ''],
			['GET', '/api/v1/brands', ''],
		]);
		expect(sandbox.log[0].headers.authorization).toBe(basicAuth(sandbox));
	});

	test('Get Many is sent again after a rate limit (List Options › Retry, on by default), one item per brand', async () => {
		const { sandbox, harness } = context;
		const waits: number[] = [];
		const sleep = retryClock.sleep;
		retryClock.sleep = async (ms: number) => void waits.push(ms);
		try {
			sandbox.injectFault({ status: 429, json: { error: 'Slow down' }, headers: { 'retry-after': '2' } });
			const { items, error } = await harness.run('qebot', { resource: 'brand', operation: 'getAll', returnAll: true });
			expect(error).toBeUndefined();
			expect(items).toHaveLength(sandbox.brands.size);
			expect(sandbox.log.map((entry) => [entry.method, entry.path])).toEqual([
				['GET', '/api/v1/brands'],
				['GET', '/api/v1/brands'],
			]);
			expect(waits).toEqual([2000]);
		} finally {
			retryClock.sleep = sleep;
		}
	});

	test('Get returns the one brand, for each input item with its pairedItem', async () => {
		const { sandbox, harness } = context;
		const { items } = await harness.run(
			'qebot',
			{ resource: 'brand', operation: 'get', brandId: byId('={{$json.brand}}') },
			{ items: [{ brand: 2 }, { brand: 1 }] },
		);
		expect(items.map((item) => [item.json.name, item.pairedItem])).toEqual([
			['Pizza Planet', { item: 0 }],
			['Burger Barn', { item: 1 }],
		]);
		expect(sandbox.log.map((entry) => entry.path)).toEqual(['/api/v1/brands/2', '/api/v1/brands/1']);
	});

	test('Create sends brand[...] and businesses[] as nested JSON and returns the brand with its businesses', async () => {
		const { sandbox, harness } = context;
		const { items, error } = await harness.run('qebot', {
			resource: 'brand',
			operation: 'create',
			brandName: ' Taco Town ',
			brandStatus: 'active',
			brandBusinesses: {
				business: [
					{
						businessName: 'Taco Town SF',
						categoryId: 2,
						phone: '4155550100',
						address: '1 Market St',
						city: 'San Francisco',
						stateId: 5,
						countryId: 230,
						zipCode: '94105',
						email: 'sf@tacotown.example',
						status: 'active',
					},
					{
						businessName: 'Taco Town Toronto',
						// a business's category has no default: a row without one sends none
						categoryId: 52,
						phone: '4165550100',
						address: '1 King St',
						city: 'Toronto',
						stateId: '',
						stateName: 'Ontario',
						countryId: 38,
						zipCode: 'M5H 1A1',
						email: 'to@tacotown.example',
						website: 'https://tacotown.example',
					},
				],
			},
		});
		expect(error).toBeUndefined();
		const [request] = sandbox.log;
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/api/v1/brands');
		expect(request.headers['content-type']).toContain('application/json');
		expect(request.body).toEqual({
			brand: { name: 'Taco Town', status: 'active' },
			businesses: [
				{
					business_name: 'Taco Town SF',
					category_id: 2,
					phone: '4155550100',
					address: '1 Market St',
					city: 'San Francisco',
					state_id: 5,
					country_id: 230,
					zipcode: '94105',
					email: 'sf@tacotown.example',
					status: 'active',
				},
				{
					business_name: 'Taco Town Toronto',
					category_id: 52,
					phone: '4165550100',
					address: '1 King St',
					city: 'Toronto',
					state_name: 'Ontario',
					country_id: 38,
					zipcode: 'M5H 1A1',
					email: 'to@tacotown.example',
					website: 'https://tacotown.example',
					status: 'active',
				},
			],
		});
		// issue 15: the output is the API's brand, without a "businesses" key of the node's making
		expect(items).toHaveLength(1);
		expect(items[0].json).toEqual(sandbox.brands.get(items[0].json.id as number));
		expect(items[0].json).not.toHaveProperty('businesses');
		const created = [...sandbox.businesses.values()].filter((business) => business.brand_id === items[0].json.id);
		expect(created.map((business) => business.business_name)).toEqual(['Taco Town SF', 'Taco Town Toronto']);
	});

	test('Create with a business missing a required field sends nothing and names the field', async () => {
		const { sandbox, harness } = context;
		const { error } = await harness.run('qebot', {
			resource: 'brand',
			operation: 'create',
			brandName: 'Half Brand',
			// an expression that resolves to nothing passes the editor's required check; the node's own does not
			brandBusinesses: { business: [{ businessName: 'No Phone', phone: '={{ $json.phone }}', address: 'a', city: 'b', countryId: 230, zipCode: '1', email: 'x@y.z' }] },
		});
		expect(error?.message).toBe("Invalid 'Businesses › Business 1 › Phone': it is required and cannot be empty");
		expect(sandbox.log).toHaveLength(0);
	});

	test('Create with a blank name sends nothing', async () => {
		const { sandbox, harness } = context;
		const { error } = await harness.run('qebot', { resource: 'brand', operation: 'create', brandName: '   ' });
		expect(error?.message).toBe("Invalid 'Name': it is required and cannot be empty");
		expect(sandbox.log).toHaveLength(0);
	});

	test('Update sends PATCH with only the fields set, top-level as documented', async () => {
		const { sandbox, harness } = context;
		const { items } = await harness.run('qebot', {
			resource: 'brand',
			operation: 'update',
			brandId: byId(3),
			brandUpdateFields: { status: 'active' },
		});
		expect(sandbox.log.map((entry) => [entry.method, entry.path, entry.body])).toEqual([
			['PATCH', '/api/v1/brands/3', { status: 'active' }],
		]);
		expect(jsonOf(items)).toEqual([{ id: 3, name: 'Closed Cafe', status: 'active' }]);
	});

	test('Update without any field, or with an ID that is not a number, sends nothing', async () => {
		const { sandbox, harness } = context;
		const empty = await harness.run('qebot', { resource: 'brand', operation: 'update', brandId: byId(3), brandUpdateFields: {} });
		expect(empty.error?.message).toBe("Invalid 'Update Fields': set at least one field to update");
		const badId = await harness.run('qebot', { resource: 'brand', operation: 'update', brandId: byId('={{ "abc" }}'), brandUpdateFields: { name: 'x' } });
		expect(badId.error?.message).toBe(`Invalid 'Brand': "abc" is not a numeric ID`);
		expect(sandbox.log).toHaveLength(0);
	});

	test('Delete sends DELETE (not the PATCH of the doc\'s curl example) and outputs {deleted: true}', async () => {
		const { sandbox, harness } = context;
		const brand = sandbox.addBrand({ name: 'Doomed' });
		const { items } = await harness.run('qebot', { resource: 'brand', operation: 'delete', brandId: byId(brand.id) });
		expect(sandbox.log.map((entry) => [entry.method, entry.path])).toEqual([['DELETE', `/api/v1/brands/${brand.id}`]]);
		expect(jsonOf(items)).toEqual([{ deleted: true }]);
		expect(sandbox.brands.has(brand.id)).toBe(false);
	});

	test('A missing brand fails with Qebot\'s message and the HTTP status', async () => {
		const { harness } = context;
		const { error } = await harness.run('qebot', { resource: 'brand', operation: 'get', brandId: byId(999) });
		expect(error?.message).toBe(`Couldn't find Brand with 'id'=999 (check 'Brand': "999")`);
		expect(error?.httpCode).toBe('404');
	});

	test('A Rails-style 422 keeps the field and its message', async () => {
		const { sandbox, harness } = context;
		const { error } = await harness.run('qebot', { resource: 'brand', operation: 'update', brandId: byId(1), brandUpdateFields: { status: 'active' } });
		expect(error).toBeUndefined();
		sandbox.injectFault({ status: 422, json: { errors: { name: ['has already been taken'] } } });
		const failed = await harness.run('qebot', { resource: 'brand', operation: 'update', brandId: byId(1), brandUpdateFields: { name: 'Pizza Planet' } });
		expect(failed.error?.message).toBe('name has already been taken');
		expect(failed.error?.httpCode).toBe('422');
	});

	test('Continue On Fail gives an error item for the failing input and keeps the others', async () => {
		const { harness } = context;
		const { items, error } = await harness.run(
			'qebot',
			{ resource: 'brand', operation: 'get', brandId: byId('={{$json.id}}') },
			{ items: [{ id: 1 }, { id: 404 }, { id: 2 }], continueOnFail: true },
		);
		expect(error).toBeUndefined();
		expect(items.map((item) => [item.json.name ?? item.json.error, item.pairedItem])).toEqual([
			['Burger Barn', { item: 0 }],
			[`Couldn't find Brand with 'id'=404 (check 'Brand': "404") [item 1]`, { item: 1 }],
			['Pizza Planet', { item: 2 }],
		]);
	});

	test('The brand picker lists and filters brands from the API', async () => {
		const { sandbox, harness } = context;
		const all = await harness.listSearch('qebot', 'searchBrands');
		expect(all.results.slice(0, 2)).toEqual([
			{ name: 'Burger Barn (#1)', value: '1' },
			{ name: 'Pizza Planet (#2)', value: '2' },
		]);
		const filtered = await harness.listSearch('qebot', 'searchBrands', {}, 'pizza');
		expect(filtered.results).toEqual([{ name: 'Pizza Planet (#2)', value: '2' }]);
		expect(sandbox.log.every((entry) => entry.path === '/api/v1/brands' && entry.headers.authorization === basicAuth(sandbox))).toBe(true);
	});
});
