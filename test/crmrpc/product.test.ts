import { type CrmRpcTestBed, expectRpc, jsonOf, startCrmRpc } from './setup';

let bed: CrmRpcTestBed;

beforeAll(async () => {
	bed = await startCrmRpc(5);
});
afterAll(async () => bed.sandbox.stop());
beforeEach(() => bed.sandbox.clearLog());

describe('CrmRpc › Product', () => {
	it('Get Many lists the products, with inputs when asked', async () => {
		const { items, error } = await bed.run({
			resource: 'product',
			operation: 'getAll',
			productProfileId: 1,
			returnAll: true,
			productOptions: { withInputs: true },
		});
		expect(error).toBeUndefined();
		expectRpc(bed.calls()[0], 'products', 'GetProducts', { profile_id: 1, with_inputs: true });
		expect(jsonOf(items).map((product) => product.name)).toEqual(['Product 1', 'Product 2', 'Product 3']);
		expect(items[0].json.inputs).toEqual({});
	});

	it('Get Many applies Limit locally (the API does not page products)', async () => {
		const { items } = await bed.run({ resource: 'product', operation: 'getAll', productProfileId: 1, returnAll: false, limit: 2 });
		expectRpc(bed.calls()[0], 'products', 'GetProducts', { profile_id: 1 });
		expect(items).toHaveLength(2);
	});

	it('Create sends catalog ids as text, taxes as a list and inputs as an object', async () => {
		const { items, error } = await bed.run({
			resource: 'product',
			operation: 'create',
			productProfileId: 1,
			productName: 'Support hour',
			productValue: 45.5,
			productFields: {
				shortName: 'SH',
				sku: 'SUP-1',
				description: 'One hour of support',
				currencyTypeId: '1',
				discountId: 102,
				validityId: '101',
				measureId: 102,
				categoryId: 102,
				taxIds: [101, '102'],
				inputs: '{"warranty": "none"}',
			},
		});
		expect(error).toBeUndefined();
		expectRpc(bed.calls()[0], 'products', 'CreateProduct', {
			profile_id: 1,
			name: 'Support hour',
			value: 45.5,
			short_name: 'SH',
			sku: 'SUP-1',
			description: 'One hour of support',
			profile_currency_type_id: '1',
			product_discount_id: '102',
			product_validity_id: '101',
			product_measury_id: '102',
			product_category_id: '102',
			taxes: [101, 102],
			inputs: { warranty: 'none' },
		});
		expect(items[0].json).toMatchObject({ name: 'Support hour', value: 45.5, taxes: [101, 102] });
	});

	it('Create: inputs that are not a JSON object send nothing', async () => {
		const { error } = await bed.run({
			resource: 'product',
			operation: 'create',
			productProfileId: 1,
			productName: 'X',
			productValue: 1,
			productFields: { inputs: '[1, 2' },
		});
		expect(error?.message).toBe("Invalid 'Additional Fields › Inputs': it is not valid JSON");
		const list = await bed.run({ resource: 'product', operation: 'create', productProfileId: 1, productName: 'X', productValue: 1, productFields: { inputs: '[1, 2]' } });
		expect(list.error?.message).toBe("Invalid 'Additional Fields › Inputs': it must be one JSON object ({ … })");
		expect(bed.sandbox.log).toHaveLength(0);
	});

	it('Update (EditProduct) sends the product, its name and value and the changed fields', async () => {
		const product = bed.sandbox.products[0] as { id: number; value: number };
		const { items, error } = await bed.run({
			resource: 'product',
			operation: 'update',
			productProfileId: 1,
			productId: { __rl: true, mode: 'list', value: String(product.id) },
			productName: 'Product 1 (new)',
			productValue: 150,
			productUpdateFields: { sku: 'P1-NEW', taxIds: [101] },
		});
		expect(error).toBeUndefined();
		expectRpc(bed.calls()[0], 'products', 'EditProduct', {
			profile_id: 1,
			product_id: product.id,
			name: 'Product 1 (new)',
			value: 150,
			sku: 'P1-NEW',
			taxes: [101],
		});
		expect(items[0].json).toMatchObject({ id: product.id, name: 'Product 1 (new)', sku: 'P1-NEW' });
		expect(bed.sandbox.products[0].value).toBe(150);
	});

	it('Update of a product that does not exist is the API error', async () => {
		const { error } = await bed.run({ resource: 'product', operation: 'update', productProfileId: 1, productId: { __rl: true, mode: 'id', value: '424242' }, productName: 'X', productValue: 1 });
		expect(error).toMatchObject({ name: 'NodeApiError', message: 'Product not found' });
	});

	it.each([
		['getCategories', 'GetCategories', 'Hardware'],
		['getValidities', 'GetValidities', '30 days'],
		['getDiscounts', 'GetDiscounts', 'None'],
		['getMeasures', 'GetMeasures', 'Piece'],
		['getTaxes', 'GetTaxes', 'VAT 16%'],
		['getInputs', 'GetInputs', 'Warranty'],
	])('%s calls Products.%s for the profile', async (operation, method, firstName) => {
		const { items } = await bed.run({ resource: 'product', operation, productProfileId: 1, returnAll: true });
		expectRpc(bed.calls()[0], 'products', method, { profile_id: 1 });
		expect(items[0].json).toEqual({ id: 101, name: firstName });
	});
});
