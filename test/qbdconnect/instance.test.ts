import { byId, jsonOf, NODE, pairedOf, qbdFixture, TOKEN } from './setup';

const fixture = qbdFixture();
const instance = (operation: string, parameters: Record<string, unknown> = {}) => ({
	resource: 'instance',
	operation,
	...parameters,
});
const PATH = '/qbdconnect-api/v1';

describe('QBD Connect › Instance', () => {
	test('Get Many lists the instances of a customer (customerId query), one item each', async () => {
		const { items, error } = await fixture.harness.run(NODE, instance('getAll', { instanceCustomerId: byId('cust-1'), returnAll: true }));
		expect(error).toBeUndefined();
		const [request] = fixture.sandbox.log;
		expect(request.method).toBe('GET');
		expect(request.path).toBe(`${PATH}/instances`);
		expect(request.query).toEqual({ customerId: 'cust-1' });
		expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
		expect(jsonOf(items).map((json) => json.instanceId)).toEqual(['inst-1', 'inst-2']);
		expect(pairedOf(items)).toEqual([{ item: 0 }, { item: 0 }]);
	});

	test('Get Many applies Limit locally (the API does not paginate)', async () => {
		const { items } = await fixture.harness.run(NODE, instance('getAll', { instanceCustomerId: byId('cust-1'), returnAll: false, limit: 1 }));
		expect(fixture.sandbox.log).toHaveLength(1);
		expect(fixture.sandbox.log[0].query).toEqual({ customerId: 'cust-1' });
		expect(jsonOf(items).map((json) => json.instanceId)).toEqual(['inst-1']);
	});

	test('Get with Simplify off returns the instance as the API gave it', async () => {
		const { items } = await fixture.harness.run(NODE, instance('get', { instanceId: byId('inst-3'), instanceSimplify: false }));
		expect(fixture.sandbox.log.map((entry) => [entry.method, entry.path])).toEqual([['GET', `${PATH}/instances/inst-3`]]);
		expect(items[0].json).toEqual(fixture.sandbox.instances.get('inst-3'));
	});

	test('Get simplifies by default: the instance without its file ID and SLA, at most 10 fields', async () => {
		fixture.sandbox.instances.set('inst-9', {
			...fixture.sandbox.instances.get('inst-3'),
			instanceId: 'inst-9',
			appUrl: 'https://qbd.example/wc',
			sla: { supportHours: 4, transactionLimit: 1000, defaultHourlyRate: 95 },
		});
		const { items } = await fixture.harness.run(NODE, instance('get', { instanceId: byId('inst-9') }));
		expect(fixture.sandbox.log.map((entry) => [entry.method, entry.path])).toEqual([['GET', `${PATH}/instances/inst-9`]]);
		expect(jsonOf(items)).toEqual([
			{
				instanceId: 'inst-9',
				name: 'Northwind HQ',
				customerId: 'cust-2',
				contact: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@acme.example' },
				qbdPath: 'C:\\Company Files\\Northwind HQ.qbw',
				appUrl: 'https://qbd.example/wc',
				frequencyInMinutes: 60,
				validated: true,
				dateCreated: '2026-01-05',
			},
		]);
		expect(Object.keys(items[0].json).length).toBeLessThanOrEqual(10);
		fixture.sandbox.instances.delete('inst-9');
	});

	test('Get Many: each input item gets its own Limit, records linked to their input, Limit before Simplify', async () => {
		const { items, error } = await fixture.harness.run(NODE, instance('getAll', { instanceCustomerId: byId('={{ $json.customer }}'), limit: '={{ $json.n }}' }), {
			items: [
				{ customer: 'cust-1', n: 1 },
				{ customer: 'cust-2', n: 5 },
				{ customer: 'cust-1', n: 2 },
			],
		});
		expect(error).toBeUndefined();
		expect(fixture.sandbox.log.map((entry) => entry.query)).toEqual([{ customerId: 'cust-1' }, { customerId: 'cust-2' }, { customerId: 'cust-1' }]);
		expect(jsonOf(items).map((json) => json.instanceId)).toEqual(['inst-1', 'inst-3', 'inst-1', 'inst-2']);
		expect(pairedOf(items)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }, { item: 2 }]);
		// simplified: the file ID is left out
		expect(jsonOf(items).some((json) => 'fileId' in json)).toBe(false);
	});

	test('Create sends the Instance schema with contact, SLA and the date as YYYY-MM-DD', async () => {
		const { items, error } = await fixture.harness.run(
			NODE,
			instance('create', {
				instanceCreateCustomerId: byId('cust-2'),
				instanceName: 'Northwind Branch',
				contactFirstName: 'Grace',
				contactLastName: 'Hopper',
				contactEmail: 'grace@northwind.example',
				instanceFields: {
					contactPhone: '555-0101',
					qbdPath: 'C:\\QB\\branch.qbw',
					appUrl: 'https://qbd.example/qbwc',
					frequencyInMinutes: 15,
					fileId: 'file-branch',
					instanceId: 'inst-branch',
					validated: true,
					dateCreated: '2026-02-03T10:00:00',
				},
				instanceSla: { values: { supportHours: 4.5, transactionLimit: 1000, defaultHourlyRate: 125.5 } },
			}),
		);
		expect(error).toBeUndefined();
		const [request] = fixture.sandbox.log;
		expect([request.method, request.path]).toEqual(['POST', `${PATH}/instances`]);
		expect(request.body).toEqual({
			instanceId: 'inst-branch',
			name: 'Northwind Branch',
			customerId: 'cust-2',
			contact: { firstName: 'Grace', lastName: 'Hopper', email: 'grace@northwind.example', phone: '555-0101' },
			qbdPath: 'C:\\QB\\branch.qbw',
			appUrl: 'https://qbd.example/qbwc',
			frequencyInMinutes: 15,
			fileId: 'file-branch',
			validated: true,
			dateCreated: '2026-02-03',
			sla: { supportHours: 4.5, transactionLimit: 1000, defaultHourlyRate: 125.5 },
		});
		expect(items[0].json).toEqual(expect.objectContaining({ instanceId: 'inst-branch', customerId: 'cust-2' }));
	});

	test.each([
		[{ instanceName: '={{ $json.none }}' }, 'Name'],
		[{ contactEmail: '={{ $json.none }}' }, 'Contact Email'],
		[{ instanceFields: { frequencyInMinutes: 0 } }, 'Additional Fields › Frequency (Minutes)'],
		[{ instanceSla: { values: { supportHours: 1, transactionLimit: 2.5, defaultHourlyRate: 3 } } }, 'Service Level Agreement › Transaction Limit'],
	])('Create with bad input %j names the field and sends nothing', async (bad, field) => {
		const parameters = {
			instanceCreateCustomerId: byId('cust-2'),
			instanceName: 'X',
			contactFirstName: 'A',
			contactLastName: 'B',
			contactEmail: 'a@b.example',
			...bad,
		};
		const { error } = await fixture.harness.run(NODE, instance('create', parameters));
		expect(error?.message).toContain(`'${field}'`);
		expect(fixture.sandbox.log).toHaveLength(0);
	});

	test('Update sends PUT with only the fields set', async () => {
		const { items, error } = await fixture.harness.run(
			NODE,
			instance('update', { instanceId: byId('inst-2'), instanceUpdateFields: { name: 'Acme Payroll 2', frequencyInMinutes: 30 } }),
		);
		expect(error).toBeUndefined();
		const [request] = fixture.sandbox.log;
		expect([request.method, request.path]).toEqual(['PUT', `${PATH}/instances/inst-2`]);
		expect(request.body).toEqual({ name: 'Acme Payroll 2', frequencyInMinutes: 30 });
		expect(items[0].json).toEqual(expect.objectContaining({ name: 'Acme Payroll 2', frequencyInMinutes: 30 }));
	});

	// issue 15: Partial Update offered only the PUT fields and output {"success": true}
	test('Partial Update has its own fields and outputs the instance, read back when the API answers 204', async () => {
		const { items, error } = await fixture.harness.run(
			NODE,
			instance('patch', {
				instanceId: byId('inst-3'),
				instancePatchFields: { appUrl: 'https://qbd.example/hq', validated: false, contactEmail: 'ops@northwind.example' },
			}),
		);
		expect(error).toBeUndefined();
		expect(fixture.sandbox.log.map((entry) => [entry.method, entry.path])).toEqual([
			['PATCH', `${PATH}/instances/inst-3`],
			['GET', `${PATH}/instances/inst-3`],
		]);
		expect(fixture.sandbox.log[0].body).toEqual({ appUrl: 'https://qbd.example/hq', validated: false, contact: { email: 'ops@northwind.example' } });
		expect(fixture.sandbox.log[1].headers.authorization).toBe(`Bearer ${TOKEN}`);
		expect(items).toHaveLength(1);
		expect(items[0].json).toEqual(fixture.sandbox.instances.get('inst-3'));
		expect(items[0].json).toEqual(expect.objectContaining({ instanceId: 'inst-3', appUrl: 'https://qbd.example/hq', validated: false }));
	});

	test('Partial Update answered with the instance outputs it without reading again', async () => {
		fixture.sandbox.injectFault({ status: 200, json: { instanceId: 'inst-3', name: 'Renamed HQ' } });
		const { items } = await fixture.harness.run(NODE, instance('patch', { instanceId: byId('inst-3'), instancePatchFields: { name: 'Renamed HQ' } }));
		expect(fixture.sandbox.log).toHaveLength(1);
		expect(fixture.sandbox.log[0].body).toEqual({ name: 'Renamed HQ' });
		expect(items.map((item) => item.json)).toEqual([{ instanceId: 'inst-3', name: 'Renamed HQ' }]);
	});

	test('Partial Update sends PATCH with the password and path', async () => {
		const { items, error } = await fixture.harness.run(
			NODE,
			instance('patch', { instanceId: byId('inst-2'), instancePatchFields: { password: 'long-enough-secret', qbdPath: 'D:\\acme.qbw' } }),
		);
		expect(error).toBeUndefined();
		const [request] = fixture.sandbox.log;
		expect([request.method, request.path]).toEqual(['PATCH', `${PATH}/instances/inst-2`]);
		expect(request.body).toEqual({ password: 'long-enough-secret', qbdPath: 'D:\\acme.qbw' });
		expect(items[0].json).toEqual(expect.objectContaining({ instanceId: 'inst-2', qbdPath: 'D:\\acme.qbw' }));
		expect(JSON.stringify(items)).not.toContain('long-enough-secret');
	});

	test.each(['update', 'patch'])('%s never shows the QBWC password in an error, even when the API echoes it', async (operation) => {
		const { error } = await fixture.harness.run(NODE, instance(operation, { instanceId: byId('inst-2'), [operation === 'patch' ? 'instancePatchFields' : 'instanceUpdateFields']: { password: 'pw1234' } }));
		expect(fixture.sandbox.log).toHaveLength(1);
		expect(error?.httpCode).toBe('400');
		expect(error?.message).toBe('password "[redacted]" is too short (8 characters at least)');
		// (the node's own parameters travel with any n8n error; what the API said does not carry it)
		expect(error?.description).not.toContain('pw1234');
		expect(JSON.stringify(error?.context ?? {})).not.toContain('pw1234');
		expect(JSON.stringify((error as unknown as { errorResponse: unknown }).errorResponse)).not.toContain('pw1234');
	});

	test.each(['update', 'patch'])('%s without any field sends nothing', async (operation) => {
		const { error } = await fixture.harness.run(NODE, instance(operation, { instanceId: byId('inst-2'), [operation === 'patch' ? 'instancePatchFields' : 'instanceUpdateFields']: {} }));
		expect(error?.message).toContain("'Update Fields'");
		expect(fixture.sandbox.log).toHaveLength(0);
	});

	test('Delete sends DELETE with the project ID when given', async () => {
		const { items } = await fixture.harness.run(NODE, instance('delete', { instanceId: byId('inst-1'), projectId: 'proj-7' }));
		const [request] = fixture.sandbox.log;
		expect([request.method, request.path, request.rawQuery]).toEqual(['DELETE', `${PATH}/instances/inst-1`, 'projectId=proj-7']);
		// n8n's answer for a Delete, whatever the API confirmed
		expect(items.map((item) => item.json)).toEqual([{ deleted: true }]);
		expect(fixture.sandbox.instances.has('inst-1')).toBe(false);
	});

	test('Delete without a project ID sends no query', async () => {
		await fixture.harness.run(NODE, instance('delete', { instanceId: byId('inst-3') }));
		expect(fixture.sandbox.log[0].rawQuery).toBe('');
	});

	test('Get Metric sends the metric path and the pickers as JSON date-times', async () => {
		const { items, error } = await fixture.harness.run(
			NODE,
			instance('getMetric', {
				instanceId: byId('inst-2'),
				metricId: 'requests',
				fromTime: '2026-07-01T12:00:00',
				toTime: '2026-07-02T12:00:00+02:00',
			}),
		);
		expect(error).toBeUndefined();
		const [request] = fixture.sandbox.log;
		expect(request.path).toBe(`${PATH}/instances/inst-2/metrics/requests`);
		// 12:00 in New York in July (UTC-4, daylight time)
		expect(request.query).toEqual({ fromTime: '2026-07-01T16:00:00.000Z', toTime: '2026-07-02T10:00:00.000Z' });
		expect(items[0].json).toEqual(expect.objectContaining({ metricId: 'requests' }));
	});

	test('Get Metric without a metric ID sends nothing', async () => {
		const { error } = await fixture.harness.run(
			NODE,
			instance('getMetric', { instanceId: byId('inst-2'), metricId: '={{ $json.none }}', fromTime: '2026-07-01T00:00:00Z', toTime: '2026-07-02T00:00:00Z' }),
		);
		expect(error?.message).toContain("'Metric ID'");
		expect(fixture.sandbox.log).toHaveLength(0);
	});

	test('Get QWC File outputs the XML byte for byte as a .qwc binary', async () => {
		const { items, error } = await fixture.harness.run(NODE, instance('getQwc', { instanceId: byId('inst-2') }));
		expect(error).toBeUndefined();
		const [request] = fixture.sandbox.log;
		expect([request.method, request.path, request.rawQuery]).toEqual(['GET', `${PATH}/instances/inst-2/qwc`, 'email=false']);
		expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
		expect(request.headers.accept).toBe('application/xml');
		expect(items).toHaveLength(1);
		const binary = items[0].binary!.data;
		const expected = Buffer.from(fixture.sandbox.qwcXml('inst-2'), 'utf8');
		const received = Buffer.from(binary.data, 'base64');
		// BOM, an en dash, a check mark, é and CRLF line ends all survive
		expect(received.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
		expect(received.equals(expected)).toBe(true);
		expect(binary.fileName).toBe('inst-2.qwc');
		expect(binary.fileExtension).toBe('qwc');
		expect(binary.mimeType).toBe('application/xml');
		expect(items[0].json).toEqual({ instanceId: 'inst-2', fileName: 'inst-2.qwc', emailed: false, size: expected.length });
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	test('Get QWC File can email the owner and use another file name and field', async () => {
		const { items } = await fixture.harness.run(
			NODE,
			instance('getQwc', { instanceId: byId('inst-2'), instanceQwcEmail: true, instanceQwcOptions: { fileName: 'acme-payroll', binaryPropertyName: 'qwc' } }),
		);
		expect(fixture.sandbox.log[0].rawQuery).toBe('email=true');
		expect(fixture.sandbox.qwcEmails.at(-1)).toBe('true');
		expect(items[0].binary!.qwc.fileName).toBe('acme-payroll.qwc');
		expect(Buffer.from(items[0].binary!.qwc.data, 'base64').equals(Buffer.from(fixture.sandbox.qwcXml('inst-2')))).toBe(true);
		expect(items[0].json.emailed).toBe(true);
	});

	test('Get QWC File of an unknown instance gives the API message (decoded from the raw body)', async () => {
		const { error } = await fixture.harness.run(NODE, instance('getQwc', { instanceId: byId('inst-missing') }));
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe('Instance inst-missing not found');
		expect(error?.httpCode).toBe('404');
	});

	test('Get Users lists the users of the instance\'s customer', async () => {
		const { items } = await fixture.harness.run(NODE, instance('getUsers', { instanceId: byId('inst-2'), returnAll: true }));
		expect(fixture.sandbox.log.map((entry) => [entry.method, entry.path])).toEqual([['GET', `${PATH}/instances/inst-2/users`]]);
		expect(jsonOf(items)).toEqual([{ id: 'user-1', name: 'Ada Lovelace', email: 'ada@acme.example' }]);
	});
});
