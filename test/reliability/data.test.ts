import type { IDataObject } from 'n8n-workflow';

import type { Harness } from '../helpers/harness';
import type { FakeServer, LoggedRequest } from '../sandbox/server';
import { PACK, startApi } from './input-pack';

/**
 * Issue 10, item 6: large and odd data. Unicode of every kind and very long strings go out and
 * come back byte for byte; records whose documented values are null come out as items with
 * those nulls (none dropped, nothing crashes); 10 MB answers (many records, or one huge field)
 * come out whole.
 */

/** Text that trips naive code: accents, CJK, RTL, emoji sequences, combining marks, zero-width, controls, markup. */
const ODD_TEXT = [
	'Zoë Ångström-Müller',
	'東京都渋谷区 株式会社テスト',
	'مرحبا بالعالم — שלום',
	'👩‍👩‍👧‍👦 🚀 🇲🇽 family & flags',
	'e\u0301 combining, \u200Bzero\u200Bwidth, \uFEFFbom',
	'quotes " \' ` and \\ back\\slash',
	'<script>alert("x")</script> &amp; {{ $json.not_an_expression }}',
	'line\nbreak\ttab\r\nCRLF',
	'\u{1D54F}\u{1D550} astral plane 𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
];
/** 100,000 characters, mixing 1- to 4-byte UTF-8 characters. */
const LONG_TEXT = 'aé東🚀'.repeat(25_000);

const MB = 1024 * 1024;

interface DataCase {
	node: string;
	/** a create whose `text` reaches the API in one string field, and how to read it back */
	create: (text: string) => IDataObject;
	sent: (request: LoggedRequest) => unknown;
	returned: (json: IDataObject) => unknown;
	/** when the create answers only an id: the operation that reads the record back */
	readBack?: (created: IDataObject) => IDataObject;
	/** a Return All list, the path it reads, and how to wrap records as the API would */
	list: IDataObject;
	listPath: RegExp;
	wrap: (records: IDataObject[]) => unknown;
	/** a record as the doc shows it, with every value but the id set to null */
	nullRecord: (id: number) => IDataObject;
}

const nullsBut = (keep: IDataObject, keys: string[]) => ({ ...Object.fromEntries(keys.map((key) => [key, null])), ...keep });

const CASES: DataCase[] = [
	{
		node: 'qebot',
		create: (text) => ({ resource: 'brand', operation: 'create', brandName: text, brandStatus: 'active' }),
		sent: (request) => request.body.brand.name,
		returned: (json) => json.name,
		list: { resource: 'brand', operation: 'getAll', returnAll: true },
		listPath: /\/brands$/,
		wrap: (records) => ({ brands: records }),
		nullRecord: (id) => nullsBut({ id }, ['name', 'status', 'created_at', 'updated_at', 'businesses']),
	},
	{
		node: 'qBench',
		create: (text) => ({ resource: 'customer', operation: 'create', customerName: text }),
		sent: (request) => request.body.customer_name,
		returned: (json) => json.customer_name,
		readBack: (created) => ({ resource: 'customer', operation: 'get', customerId: { __rl: true, mode: 'id', value: String(created.id) } }),
		list: { resource: 'customer', operation: 'getAll', returnAll: true },
		listPath: /\/customer$/,
		wrap: (records) => ({ total_count: records.length, total_pages: 1, data: records }),
		nullRecord: (id) => nullsBut({ id }, ['customer_name', 'address', 'phone', 'fax', 'comments', 'tags', 'contacts', 'date_created']),
	},
	{
		node: 'crmRpc',
		create: (text) => ({ resource: 'company', operation: 'create', companyProfileId: 1, companyName: text, companyTypeId: 101, companyIndustryId: 101 }),
		sent: (request) => request.body.parameters.name,
		returned: (json) => json.name,
		// the records as the API sent them (Simplify off)
		list: { resource: 'company', operation: 'getAll', companyProfileId: 1, returnAll: true, companySimplify: false },
		listPath: /\/companies$/,
		wrap: (records) => ({ success: true, error: null, response: { total: records.length, current_page: 1, last_page: 1, companies: records } }),
		nullRecord: (id) => nullsBut({ id }, ['name', 'type_id', 'industry_id', 'website', 'phone', 'created_at', 'inputs', 'contacts', 'addresses']),
	},
	{
		node: 'qbdConnect',
		create: (text) => ({ resource: 'invoice', operation: 'create', invoiceJson: JSON.stringify({ customerId: 'cust-1', amount: 10, memo: text }) }),
		sent: (request) => request.body.memo,
		returned: (json) => json.memo,
		list: { resource: 'invoice', operation: 'getAll', returnAll: true },
		listPath: /\/invoices$/,
		wrap: (records) => records,
		nullRecord: (id) => nullsBut({ id: `in_${id}` }, ['number', 'customerId', 'amount', 'dateCreated', 'status', 'lines']),
	},
];

describe.each(CASES)('large and odd data: $node', (entry) => {
	const api = PACK.find((candidate) => candidate.node === entry.node)!;
	const bed = {} as { sandbox: FakeServer; harness: Harness };
	beforeAll(async () => Object.assign(bed, await startApi(api)));
	afterAll(async () => await bed.sandbox.stop());
	beforeEach(() => bed.sandbox.clearLog());

	test.each([...ODD_TEXT.map((text) => [JSON.stringify(text).slice(0, 40), text]), ['100,000 characters of 1- to 4-byte UTF-8', LONG_TEXT]])(
		'%s goes out and comes back unchanged',
		async (_title, text) => {
			const { items, error } = await bed.harness.run(entry.node, entry.create(text));
			expect(error).toBeUndefined();
			// the create itself (CrmRpc logs in first, on its own path)
			const request = bed.sandbox.log.filter((logged) => logged.method === 'POST' && logged.path !== '/auth').pop()!;
			expect(entry.sent(request) === text).toBe(true);
			expect(items).toHaveLength(1);
			const record = entry.readBack ? (await bed.harness.run(entry.node, entry.readBack(items[0].json))).items[0].json : items[0].json;
			// compared as a boolean: a failing 100,000-character diff helps nobody
			expect(entry.returned(record) === text).toBe(true);
		},
	);

	test('records whose documented values are null are all output, nulls kept', async () => {
		const records = [1, 2, 3].map((id) => entry.nullRecord(id));
		bed.sandbox.injectFault({ status: 200, json: entry.wrap(records) }, { match: (request) => entry.listPath.test(request.path) });
		const { items, error } = await bed.harness.run(entry.node, entry.list);
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual(records);
	});

	test('a 10 MB answer of 5,000 records: every record out, in order, intact', async () => {
		// ~2 KB of mixed-width UTF-8 per record
		const filler = 'ü東🚀x'.repeat(210);
		const records = Array.from({ length: 5000 }, (_value, index) => ({ ...entry.nullRecord(index + 1), name: `${index}:${filler}` }));
		const body = entry.wrap(records);
		expect(Buffer.byteLength(JSON.stringify(body))).toBeGreaterThan(10 * MB);
		bed.sandbox.injectFault({ status: 200, json: body }, { match: (request) => entry.listPath.test(request.path) });
		const started = Date.now();
		const { items, error } = await bed.harness.run(entry.node, entry.list);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(5000);
		expect(items.map((item) => item.json.name)).toEqual(records.map((record) => record.name));
		expect(Date.now() - started).toBeLessThan(20_000);
	});

	test('a 10 MB answer of one record with a 10 MB field comes out whole', async () => {
		const huge = '東'.repeat(Math.ceil((10 * MB) / 3));
		const records = [{ ...entry.nullRecord(1), name: huge }];
		bed.sandbox.injectFault({ status: 200, json: entry.wrap(records) }, { match: (request) => entry.listPath.test(request.path) });
		const { items, error } = await bed.harness.run(entry.node, entry.list);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect((items[0].json.name as string).length).toBe(huge.length);
		expect(items[0].json.name === huge).toBe(true);
	});

	test('a 10 MB error answer becomes a short error, not a crash', async () => {
		const huge = 'é'.repeat(5 * MB);
		const started = Date.now();
		// CrmRpc: its business errors (HTTP 200, success: false); its HTTP 500 path is a known gap (docs/reliability-input.md)
		const status = entry.node === 'crmRpc' ? 200 : 500;
		bed.sandbox.injectFault(
			{ status, json: { error: huge, message: huge, success: false } },
			{ match: (request) => entry.listPath.test(request.path), times: 3 },
		);
		const { error } = await bed.harness.run(entry.node, entry.list);
		expect(error).toBeDefined();
		expect(error!.message.length).toBeLessThan(5000);
		expect(error!.message).toMatch(/^éé/);
		expect(Date.now() - started).toBeLessThan(10_000);
	});
});

describe('Qebot leads and the lead trigger with odd and null values', () => {
	const api = PACK[0];
	const bed = {} as { sandbox: FakeServer; harness: Harness };
	beforeAll(async () => Object.assign(bed, await startApi(api)));
	afterAll(async () => await bed.sandbox.stop());

	const oddLeads = [
		{ id: 'a', leadId: 1, firstName: null, lastName: null, creationDate: null, lastUpdateDate: null, phoneNumbers: null, emailAddresses: null },
		{ id: 'b', leadId: 2, firstName: ODD_TEXT[1], creationDate: 'not a date', phoneNumbers: [null], emailAddresses: [{ emailAddress: null }] },
		{ id: 'c', leadId: 3, firstName: LONG_TEXT, companyName: LONG_TEXT, creationDate: 'Feb 30, 2026 13:61:00 PM', phoneNumbers: [{ phoneNumber: ODD_TEXT[3] }] },
	];

	test.each([true, false])('Get Many with Simplify %s outputs every lead', async (simplify) => {
		bed.sandbox.injectFault({ status: 200, json: { leads: oddLeads } }, { match: (request) => request.path.endsWith('/crm/leads') });
		const { items, error } = await bed.harness.run('qebot', { resource: 'lead', operation: 'getAll', returnAll: true, leadSimplify: simplify });
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.leadId)).toEqual([1, 2, 3]);
		// the company is in the short lead too
		expect(items[2].json.companyName === LONG_TEXT).toBe(true);
	});

	test('a manual poll of New Lead does not crash on them', async () => {
		bed.sandbox.injectFault({ status: 200, json: { leads: oddLeads } }, { match: (request) => request.path.endsWith('/crm/leads') });
		const trigger = bed.harness.trigger('qebotTrigger', { event: 'newLead' });
		const result = await trigger.poll('manual');
		// the newest lead by a readable date: none has one, so any lead or none, but no crash
		expect(result === null || Array.isArray(result)).toBe(true);
	});
});
