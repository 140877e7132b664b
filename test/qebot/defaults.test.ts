import type { INodeProperties, INodePropertyCollection } from 'n8n-workflow';

import { Qebot } from '../../nodes/Qebot/Qebot.node';
import { byId, startQebot } from './setup';

/** Issue 15: values the user must choose have no default; pickers where a list exists; fields that behave like n8n fields. */

const properties = new Qebot().description.properties;
const property = (name: string) => properties.find((entry) => entry.name === name)!;
const optionNames = (name: string) => ((property(name).options ?? []) as INodeProperties[]).map((option) => option.name);

describe('Qebot node › what users trip over', () => {
	let context: Awaited<ReturnType<typeof startQebot>>;
	beforeAll(async () => (context = await startQebot()));
	afterAll(async () => await context.sandbox.stop());
	beforeEach(() => context.sandbox.clearLog());

	test.each(['billingExpiryMonth', 'billingExpiryYear', 'purchaseExpiryMonth', 'purchaseExpiryYear', 'businessCategoryId', 'businessCountryId'])(
		'%s is required and has no default (n8n flags the node until it is set)',
		(name) => {
			expect(property(name)).toMatchObject({ required: true, default: '' });
		},
	);

	test('the business rows of Brand › Create have no default category or country either', () => {
		const rows = (property('brandBusinesses').options as INodePropertyCollection[])[0].values;
		expect(rows.filter((row) => ['categoryId', 'countryId'].includes(row.name)).map((row) => row.default)).toEqual(['', '']);
	});

	test('Billing › Create without an expiry sends nothing (it used to send 1/2030)', async () => {
		const { sandbox, harness } = context;
		const { error } = await harness.run('qebot', {
			resource: 'billing',
			operation: 'create',
			billingFirstName: 'A',
			billingLastName: 'B',
			billingCardNumber: '4242424242424242',
		});
		expect(error?.message).toMatch(/Expiry Month/);
		expect(sandbox.log).toEqual([]);
	});

	test('Expiry Month offers the months 1–12 and an explicit empty choice, "Choose a Month", which is the default', () => {
		const update = (property('billingUpdateFields').options as INodeProperties[]).find((option) => option.name === 'expiryMonth')!;
		for (const month of [property('billingExpiryMonth'), property('purchaseExpiryMonth'), update]) {
			expect(month.default).toBe('');
			expect(month.options).toEqual([
				...Array.from({ length: 12 }, (_, index) => ({ name: expect.stringMatching(new RegExp(`^${String(index + 1).padStart(2, '0')} - `)), value: index + 1 })),
				{ name: 'Choose a Month', value: '' },
			]);
		}
	});

	test('"Choose a Month" left in Billing › Create and Purchase › Create is refused before anything is sent', async () => {
		const { sandbox, harness } = context;
		const billing = (month: string) =>
			harness.run('qebot', {
				resource: 'billing',
				operation: 'create',
				billingFirstName: 'A',
				billingLastName: 'B',
				billingCardNumber: '4242424242424242',
				billingExpiryMonth: month,
				billingExpiryYear: '2031',
			});
		const purchase = (month: string) =>
			harness.run('qebot', {
				resource: 'purchase',
				operation: 'create',
				purchaseToolId: byId(1),
				purchaseBusinessId: byId(2),
				purchaseFirstName: 'Peter',
				purchaseLastName: 'Parker',
				payWith: 'card',
				purchaseCardNumber: '4242424242424242',
				purchaseExpiryMonth: month,
				purchaseExpiryYear: '2031',
				purchaseCvv: '321',
				purchaseBillingAddress: { zip: '11375', country: 'us' },
			});
		for (const run of [billing, purchase]) {
			// chosen in the editor: n8n itself flags the required field
			expect((await run('')).error?.message).toMatch(/Parameter "Expiry Month" is required\./);
			// given by an expression: the node's field check refuses it
			expect((await run('={{ "" }}')).error?.message).toBe("Invalid 'Expiry Month': it is required and cannot be empty");
		}
		expect(sandbox.log).toEqual([]);
	});

	test('Billing › Update with only Expiry Month added, left at "Choose a Month", has nothing to update', async () => {
		const { sandbox, harness } = context;
		const { error } = await harness.run('qebot', { resource: 'billing', operation: 'update', billingId: byId(2), billingUpdateFields: { expiryMonth: '' } });
		expect(error?.message).toBe("Invalid 'Update Fields': set at least one field to update");
		expect(sandbox.log).toEqual([]);
	});

	test('Business › Create without a category or country sends nothing (it used to send 52 "Other" and 230 "US")', async () => {
		const { sandbox, harness } = context;
		const { error } = await harness.run('qebot', {
			resource: 'business',
			operation: 'create',
			businessName: 'No Category',
			businessBrandId: byId(1),
			businessAddress: '1 Main St',
			businessCity: 'Austin',
			businessZipCode: '78701',
			businessEmail: 'a@b.example',
		});
		expect(error?.message).toMatch(/Category|Country/);
		expect(sandbox.log).toEqual([]);
	});

	test('Billing does not offer First Six / Last Four digits: Qebot derives them from the card number', () => {
		for (const name of ['billingFields', 'billingUpdateFields']) {
			expect(optionNames(name)).not.toEqual(expect.arrayContaining(['firstSix']));
			expect(optionNames(name).filter((option) => /six|four/i.test(option))).toEqual([]);
		}
	});

	test('Lead › Unsubscribed is a boolean field', () => {
		const unsubscribed = (property('leadFields').options as INodeProperties[]).find((option) => option.name === 'isUnsubscribed');
		expect(unsubscribed).toMatchObject({ type: 'boolean', default: false });
	});

	test('Purchase › Get picks the purchase From List (searchable) or By ID, like every other Get', async () => {
		const { sandbox, harness } = context;
		expect(property('purchaseId')).toMatchObject({ type: 'resourceLocator' });
		expect(property('purchaseId').modes?.map((mode) => mode.name)).toEqual(['list', 'id']);
		const all = await harness.listSearch('qebot', 'searchPurchases');
		expect(all.results.map((entry) => entry.value)).toEqual([...sandbox.purchases.keys()].map(String));
		const found = await harness.listSearch('qebot', 'searchPurchases', {}, 'review');
		expect(found.results.length).toBeGreaterThan(0);
		expect(found.results.every((entry) => /Review Monitor/.test(entry.name))).toBe(true);
		const { items } = await harness.run('qebot', { resource: 'purchase', operation: 'get', purchaseId: { __rl: true, mode: 'list', value: found.results[0].value } });
		expect(items.map((item) => String(item.json.id))).toEqual([found.results[0].value]);
		expect(sandbox.log.at(-1)).toMatchObject({ method: 'GET', path: `/api/v1/purchases/${found.results[0].value}` });
	});

	test('every parameter name is unique within the node and camelCase', () => {
		const names = properties.map((entry) => entry.name).filter((name) => name !== 'operation');
		// returnAll / limit are n8n's own list fields, shown for one list operation at a time
		const repeated = names.filter((name, index) => names.indexOf(name) !== index && !['returnAll', 'limit'].includes(name));
		expect(repeated).toEqual([]);
		const walk = (entries: Array<INodeProperties | INodePropertyCollection>): string[] =>
			entries.flatMap((entry) => [
				entry.name,
				...walk(((entry as INodeProperties).options ?? []).filter((option) => typeof option === 'object' && 'name' in option && !('value' in option)) as INodeProperties[]),
				...walk((entry as INodePropertyCollection).values ?? []),
			]);
		expect(walk(properties).filter((name) => !/^[a-z][a-zA-Z0-9]*$/.test(name))).toEqual([]);
	});
});
