import { FakeServer, json, type Reply, type SandboxRequest } from './server';

export const QBD_PATH = '/qbdconnect-api/v1';

type Record_ = Record<string, unknown>;

const error = (status: number, message: string) => json(status, { message });
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isIsoDateTime = (value: unknown) =>
	typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value);
const isDate = (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The checkout page the fake sends users to (Location header of POST /subscriptions/checkout). */
export const CHECKOUT_URL_PREFIX = 'https://checkout.stripe.example/c/pay/';

/**
 * A stateful QBD Connect fake: every documented endpoint, plus GET /payouts (undocumented, read
 * by the payout trigger). The QWC file is XML (with a BOM and non-ASCII text, to check bytes),
 * checkout answers 303 with a Location header. No auth is documented: when the fake has a token
 * it demands `Authorization: Bearer <token>`, without one it accepts anything.
 */
export class QbdConnectSandbox extends FakeServer {
	readonly customers = new Map<string, Record_>();

	readonly instances = new Map<string, Record_>();

	readonly invoices = new Map<string, Record_>();

	/** invoice id → its payments */
	readonly invoicePayments = new Map<string, Record_[]>();

	readonly payments: Record_[] = [];

	readonly payouts: Record_[] = [];

	readonly products = new Map<string, Record_>();

	readonly subscriptions = new Map<string, Record_>();

	readonly users = new Map<string, Record_>();

	/** user id → customer ids */
	readonly userCustomers = new Map<string, Set<string>>();

	/** how QWC requests asked for email */
	readonly qwcEmails: string[] = [];

	private sequence = 100;

	constructor(readonly token = 'qbd-demo-token') {
		super('QBD Connect', QBD_PATH);
		this.seed();
		this.setRoutes();
	}

	/** The credential data that works against this fake once started. */
	demoCredentials(): Record<string, unknown> {
		return { baseUrl: `${this.url}/qbdconnect-api`, apiVersion: 'v1', accessToken: this.token };
	}

	private nextId(prefix: string) {
		return `${prefix}${++this.sequence}`;
	}

	private seed() {
		this.customers.set('cust-1', {
			id: 'cust-1',
			name: 'Acme Bookkeeping',
			gatewayCustomerId: 'cus_Acme001',
			subscriptionId: 'sub_acme',
			primaryBillingContact: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@acme.example' },
			address: { street1: '1 Main St', city: 'Austin', state: 'TX', postalCode: '78701' },
		});
		this.customers.set('cust-2', {
			id: 'cust-2',
			name: 'Northwind Traders',
			gatewayCustomerId: 'cus_North002',
			primaryBillingContact: { email: 'billing@northwind.example' },
		});
		const instance = (id: string, name: string, customerId: string) =>
			this.instances.set(id, {
				instanceId: id,
				name,
				customerId,
				contact: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@acme.example' },
				qbdPath: `C:\\Company Files\\${name}.qbw`,
				frequencyInMinutes: 60,
				fileId: `file-${id}`,
				validated: true,
				dateCreated: '2026-01-05',
			});
		instance('inst-1', 'Acme Main', 'cust-1');
		instance('inst-2', 'Acme Payroll', 'cust-1');
		instance('inst-3', 'Northwind HQ', 'cust-2');
		for (const [id, name, price] of [
			['prod_basic', 'Basic', 49],
			['prod_pro', 'Professional', 99],
			['prod_ent', 'Enterprise', 299],
		] as const) {
			this.products.set(id, { id, name, price });
		}
		for (const [id, name, email] of [
			['user-1', 'Ada Lovelace', 'ada@acme.example'],
			['user-2', 'Grace Hopper', 'grace@northwind.example'],
		]) {
			this.users.set(id, { id, name, email });
			this.userCustomers.set(id, new Set());
		}
		this.userCustomers.get('user-1')!.add('cust-1');
		this.addInvoice({ id: 'in_001', number: 'INV-001', customerId: 'cust-1', amount: 99, dateCreated: '2026-01-10T09:00:00Z' });
		this.addInvoice({ id: 'in_002', number: 'INV-002', customerId: 'cust-2', amount: 49, dateCreated: '2026-01-11T09:00:00Z' });
		this.addPayout({ id: 'po_001', dateCreated: '2026-01-10', payoutAmount: 96.1, invoiceAmount: 99, feeAmount: 2.9 });
		this.addPayout({ id: 'po_002', dateCreated: '2026-01-11', payoutAmount: 47.58, invoiceAmount: 49, feeAmount: 1.42 });
		this.subscriptions.set('sub_acme', {
			subscriptionId: 'sub_acme',
			productId: 'prod_pro',
			priceId: 'price_pro_monthly',
			quantity: 2,
			customerId: 'cust-1',
			email: 'ada@acme.example',
			dateCreated: '2026-01-01',
		});
	}

	/** Adds an invoice (tests add some between trigger polls). */
	addInvoice(fields: Record_): Record_ {
		const invoice = { id: this.nextId('in_'), dateCreated: new Date().toISOString(), status: 'open', ...fields };
		this.invoices.set(String(invoice.id), invoice);
		this.invoicePayments.set(String(invoice.id), []);
		return invoice;
	}

	/** Adds a payout (tests add some between trigger polls). */
	addPayout(fields: Record_): Record_ {
		const payout = {
			id: this.nextId('po_'),
			dateCreated: new Date().toISOString().slice(0, 10),
			payoutAmount: 10,
			invoiceAmount: 10.5,
			feeAmount: 0.5,
			currency: 'usd',
			chargeId: this.nextId('ch_'),
			description: 'Payout',
			...fields,
		};
		this.payouts.push(payout);
		return payout;
	}

	/** The QWC file the fake serves for an instance: a BOM, non-ASCII text and CRLF line ends. */
	qwcXml(instanceId: string): string {
		const instance = this.instances.get(instanceId)!;
		return [
			'\uFEFF<?xml version="1.0" encoding="utf-8"?>',
			'<QBWCXML>',
			`\t<AppName>QBD Connect – ${String(instance.name)} ✓ café</AppName>`,
			`\t<AppID>${instanceId}</AppID>`,
			`\t<AppURL>https://qbd.example/qbwc/${instanceId}</AppURL>`,
			`\t<FileID>{${String(instance.fileId)}}</FileID>`,
			`\t<Scheduler><RunEveryNMinutes>${String(instance.frequencyInMinutes)}</RunEveryNMinutes></Scheduler>`,
			'</QBWCXML>',
			'',
		].join('\r\n');
	}

	protected authorize(request: SandboxRequest): Reply | undefined {
		if (!this.token) return undefined;
		if (request.headers.authorization !== `Bearer ${this.token}`) return error(401, 'Unauthorized: missing or invalid bearer token');
		return undefined;
	}

	private setRoutes() {
		this.on('GET', '/customers', (r) => this.customerByGateway(r));
		this.on('POST', '/customers', (r) => this.createCustomer(r));
		this.on('GET', '/customers/:id', (r) => this.found(this.customers, r.params.id, 'Customer'));
		this.on('GET', '/customers/:id/stats', (r) => this.customerStats(r));

		this.on('GET', '/instances', (r) => this.listInstances(r));
		this.on('POST', '/instances', (r) => this.createInstance(r));
		this.on('GET', '/instances/:id', (r) => this.found(this.instances, r.params.id, 'Instance'));
		this.on('PUT', '/instances/:id', (r) => this.updateInstance(r));
		this.on('PATCH', '/instances/:id', (r) => this.patchInstance(r));
		this.on('DELETE', '/instances/:id', (r) => this.deleteInstance(r));
		this.on('GET', '/instances/:id/metrics/:metricId', (r) => this.instanceMetric(r));
		this.on('GET', '/instances/:id/qwc', (r) => this.qwc(r));
		this.on('GET', '/instances/:id/users', (r) => this.instanceUsers(r));

		this.on('GET', '/invoices', () => json(200, [...this.invoices.values()]));
		this.on('POST', '/invoices', (r) => this.createInvoice(r));
		this.on('GET', '/invoices/:id', (r) => this.found(this.invoices, r.params.id, 'Invoice'));
		this.on('PUT', '/invoices/:id', (r) => this.updateInvoice(r));
		this.on('GET', '/invoices/:id/payments', (r) => this.listInvoicePayments(r));
		this.on('POST', '/invoices/:id/payments', (r) => this.createInvoicePayment(r));

		this.on('POST', '/payments', (r) => this.createPayment(r));

		this.on('GET', '/payouts', () => json(200, this.payouts));
		this.on('POST', '/payouts', (r) => this.createPayout(r));

		this.on('GET', '/products', () => json(200, [...this.products.values()]));
		this.on('GET', '/products/:id', (r) => this.found(this.products, r.params.id, 'Product'));

		this.on('POST', '/subscriptions', (r) => this.createSubscription(r));
		this.on('POST', '/subscriptions/checkout', (r) => this.checkout(r));
		this.on('GET', '/subscriptions/:id', (r) => this.found(this.subscriptions, r.params.id, 'Subscription'));
		this.on('PUT', '/subscriptions/:id', (r) => this.updateSubscription(r));

		this.on('GET', '/users', () => json(200, [...this.users.values()]));
		this.on('POST', '/users', (r) => this.createUser(r));
		this.on('GET', '/users/:id', (r) => this.found(this.users, r.params.id, 'User'));
		this.on('PUT', '/users/:id', (r) => this.updateUser(r));
		this.on('POST', '/users/:id/customers', (r) => this.addUserCustomer(r));
		this.on('DELETE', '/users/:id/customers', (r) => this.removeUserCustomer(r));
	}

	private found(table: Map<string, Record_>, id: string, kind: string): Reply {
		const record = table.get(id);
		return record ? json(200, record) : error(404, `${kind} ${id} not found`);
	}

	private body(request: SandboxRequest): Record_ {
		const body = request.body as unknown;
		return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record_) : {};
	}

	// customers

	private customerByGateway(request: SandboxRequest): Reply {
		const gatewayId = request.query.gatewayCustomerId;
		if (!isText(gatewayId)) return error(400, 'gatewayCustomerId is required');
		const customer = [...this.customers.values()].find((entry) => entry.gatewayCustomerId === gatewayId);
		return customer ? json(200, customer) : error(404, `No customer with gateway ID ${gatewayId}`);
	}

	private createCustomer(request: SandboxRequest): Reply {
		const body = this.body(request);
		const contact = body.primaryBillingContact as Record_ | undefined;
		if (!contact || !isText(contact.email)) return error(400, 'primaryBillingContact.email is required');
		const address = body.address as Record_ | undefined;
		if (address) {
			for (const key of ['street1', 'city', 'state', 'postalCode']) {
				if (!isText(address[key])) return error(400, `address.${key} is required`);
			}
			if (String(address.state).length > 2) return error(400, 'address.state is at most 2 characters');
			if (String(address.postalCode).length > 10) return error(400, 'address.postalCode is at most 10 characters');
		}
		const id = isText(body.id) ? body.id : this.nextId('cust-');
		if (this.customers.has(id)) return error(409, `Customer ${id} already exists`);
		const customer = { ...body, id };
		this.customers.set(id, customer);
		return json(201, customer);
	}

	private customerStats(request: SandboxRequest): Reply {
		if (!this.customers.has(request.params.id)) return error(404, `Customer ${request.params.id} not found`);
		const { begin, end } = request.query;
		if (!isIsoDateTime(begin) || !isIsoDateTime(end)) return error(400, 'begin and end must be JSON date-times');
		if (Date.parse(String(end)) < Date.parse(String(begin))) return error(400, 'end is before begin');
		const instances = [...this.instances.values()].filter((entry) => entry.customerId === request.params.id);
		return json(200, { customerId: request.params.id, begin, end, instances: instances.length, requests: 42, errors: 1 });
	}

	// instances

	private listInstances(request: SandboxRequest): Reply {
		const customerId = request.query.customerId;
		if (!isText(customerId)) return error(400, 'customerId is required');
		return json(200, [...this.instances.values()].filter((entry) => entry.customerId === customerId));
	}

	private createInstance(request: SandboxRequest): Reply {
		const body = this.body(request);
		if (!isText(body.name)) return error(400, 'name is required');
		if (!isText(body.customerId)) return error(400, 'customerId is required');
		if (!this.customers.has(body.customerId)) return error(404, `Customer ${body.customerId} not found`);
		const contact = (body.contact ?? {}) as Record_;
		for (const key of ['firstName', 'lastName', 'email']) {
			if (!isText(contact[key])) return error(400, `contact.${key} is required`);
		}
		if (body.frequencyInMinutes !== undefined && !(Number(body.frequencyInMinutes) >= 1)) {
			return error(400, 'frequencyInMinutes must be at least 1');
		}
		if (body.dateCreated !== undefined && !isDate(body.dateCreated)) return error(400, 'dateCreated must be a date');
		const instanceId = isText(body.instanceId) ? body.instanceId : this.nextId('inst-');
		const instance = { frequencyInMinutes: 60, fileId: `file-${instanceId}`, validated: false, ...body, instanceId };
		this.instances.set(instanceId, instance);
		return json(201, instance);
	}

	private updateInstance(request: SandboxRequest): Reply {
		const instance = this.instances.get(request.params.id);
		if (!instance) return error(404, `Instance ${request.params.id} not found`);
		const body = this.body(request);
		if (typeof body.password === 'string' && body.password.length < 8) {
			return error(400, `password "${body.password}" is too short (8 characters at least)`);
		}
		for (const key of ['name', 'qbdPath', 'frequencyInMinutes']) {
			if (body[key] !== undefined) instance[key] = body[key];
		}
		// the password is write-only: never part of the answer
		return json(200, instance);
	}

	/** PATCH has no documented body or answer: this fake changes any Instance field given and answers 204. */
	private patchInstance(request: SandboxRequest): Reply {
		const instance = this.instances.get(request.params.id);
		if (!instance) return error(404, `Instance ${request.params.id} not found`);
		const body = this.body(request);
		if (typeof body.password === 'string' && body.password.length < 8) {
			return error(400, `password "${body.password}" is too short (8 characters at least)`);
		}
		for (const key of ['name', 'qbdPath', 'appUrl', 'frequencyInMinutes', 'validated']) {
			if (body[key] !== undefined) instance[key] = body[key];
		}
		if (body.contact && typeof body.contact === 'object') instance.contact = { ...(instance.contact as Record_), ...(body.contact as Record_) };
		return { status: 204, text: '' };
	}

	private deleteInstance(request: SandboxRequest): Reply {
		if (!this.instances.delete(request.params.id)) return error(404, `Instance ${request.params.id} not found`);
		return json(200, { deleted: true, instanceId: request.params.id, projectId: request.query.projectId ?? null });
	}

	private instanceMetric(request: SandboxRequest): Reply {
		if (!this.instances.has(request.params.id)) return error(404, `Instance ${request.params.id} not found`);
		const { fromTime, toTime } = request.query;
		if (!isIsoDateTime(fromTime) || !isIsoDateTime(toTime)) return error(400, 'fromTime and toTime must be JSON date-times');
		return json(200, {
			instanceId: request.params.id,
			metricId: request.params.metricId,
			fromTime,
			toTime,
			datapoints: [
				{ timestamp: fromTime, value: 3 },
				{ timestamp: toTime, value: 5 },
			],
		});
	}

	private qwc(request: SandboxRequest): Reply {
		if (!this.instances.has(request.params.id)) return error(404, `Instance ${request.params.id} not found`);
		this.qwcEmails.push(String(request.query.email ?? ''));
		return {
			status: 200,
			text: this.qwcXml(request.params.id),
			headers: {
				'Content-Type': 'application/xml; charset=utf-8',
				'Content-Disposition': `attachment; filename="${request.params.id}.qwc"`,
			},
		};
	}

	private instanceUsers(request: SandboxRequest): Reply {
		const instance = this.instances.get(request.params.id);
		if (!instance) return error(404, `Instance ${request.params.id} not found`);
		const users = [...this.users.values()].filter((user) => this.userCustomers.get(String(user.id))?.has(String(instance.customerId)));
		return json(200, users);
	}

	// invoices and payments

	private createInvoice(request: SandboxRequest): Reply {
		const body = this.body(request);
		if (!isText(body.customerId)) return error(422, 'customerId is required');
		return json(201, this.addInvoice({ ...body }));
	}

	private updateInvoice(request: SandboxRequest): Reply {
		const invoice = this.invoices.get(request.params.id);
		if (!invoice) return error(404, `Invoice ${request.params.id} not found`);
		Object.assign(invoice, this.body(request), { id: invoice.id });
		return json(200, invoice);
	}

	private listInvoicePayments(request: SandboxRequest): Reply {
		const payments = this.invoicePayments.get(request.params.id);
		return payments ? json(200, payments) : error(404, `Invoice ${request.params.id} not found`);
	}

	private createInvoicePayment(request: SandboxRequest): Reply {
		const payments = this.invoicePayments.get(request.params.id);
		if (!payments) return error(404, `Invoice ${request.params.id} not found`);
		const body = this.body(request);
		if (typeof body.amount !== 'number') return error(422, 'amount must be a number');
		const payment = { id: this.nextId('pay_'), invoiceId: request.params.id, ...body };
		payments.push(payment);
		return json(201, payment);
	}

	private createPayment(request: SandboxRequest): Reply {
		const body = this.body(request);
		if (typeof body.amount !== 'number') return error(422, 'amount must be a number');
		const payment = { id: this.nextId('pay_'), ...body };
		this.payments.push(payment);
		return json(201, payment);
	}

	private createPayout(request: SandboxRequest): Reply {
		const body = this.body(request);
		if (!isDate(body.dateCreated)) return error(400, 'dateCreated must be a date (YYYY-MM-DD)');
		for (const key of ['payoutAmount', 'invoiceAmount', 'feeAmount']) {
			if (typeof body[key] !== 'number') return error(400, `${key} must be a number`);
		}
		for (const key of ['currency', 'chargeId', 'description']) {
			if (!isText(body[key])) return error(400, `${key} is required`);
		}
		return json(201, this.addPayout({ ...body }));
	}

	// subscriptions

	private createSubscription(request: SandboxRequest): Reply {
		const body = this.body(request);
		if (body.sla !== undefined) {
			const sla = body.sla as Record_;
			for (const key of ['supportHours', 'transactionLimit', 'defaultHourlyRate']) {
				if (typeof sla[key] !== 'number') return error(400, `sla.${key} is required`);
			}
		}
		const subscriptionId = isText(body.subscriptionId) ? body.subscriptionId : this.nextId('sub_');
		const subscription = { ...body, subscriptionId };
		this.subscriptions.set(subscriptionId, subscription);
		return json(201, subscription);
	}

	private updateSubscription(request: SandboxRequest): Reply {
		const subscription = this.subscriptions.get(request.params.id);
		if (!subscription) return error(404, `Subscription ${request.params.id} not found`);
		Object.assign(subscription, this.body(request), { subscriptionId: subscription.subscriptionId });
		return json(200, subscription);
	}

	private checkout(request: SandboxRequest): Reply {
		const body = this.body(request);
		if (!isText(body.priceId)) return error(400, 'priceId is required');
		const session = this.nextId('cs_test_');
		return { status: 303, text: '', headers: { Location: `${CHECKOUT_URL_PREFIX}${session}` } };
	}

	// users

	private createUser(request: SandboxRequest): Reply {
		const body = this.body(request);
		if (!isText(body.email)) return error(422, 'email is required');
		const user = { id: this.nextId('user-'), ...body };
		this.users.set(String(user.id), user);
		this.userCustomers.set(String(user.id), new Set());
		return json(201, user);
	}

	private updateUser(request: SandboxRequest): Reply {
		const user = this.users.get(request.params.id);
		if (!user) return error(404, `User ${request.params.id} not found`);
		Object.assign(user, this.body(request), { id: user.id });
		return json(200, user);
	}

	private addUserCustomer(request: SandboxRequest): Reply {
		const customers = this.userCustomers.get(request.params.id);
		if (!customers) return error(404, `User ${request.params.id} not found`);
		// the pack's rule (the doc names none): the customer goes as ?customerId=, as for DELETE
		const customerId = request.query.customerId;
		if (!isText(customerId) || !this.customers.has(customerId)) return error(404, `Customer ${String(customerId)} not found`);
		customers.add(customerId);
		return json(200, { userId: request.params.id, customers: [...customers] });
	}

	private removeUserCustomer(request: SandboxRequest): Reply {
		const customers = this.userCustomers.get(request.params.id);
		if (!customers) return error(404, `User ${request.params.id} not found`);
		const customerId = String(request.query.customerId ?? '');
		if (!customers.delete(customerId)) return error(404, `Customer ${customerId} is not linked to user ${request.params.id}`);
		return { status: 204, text: '' };
	}
}
