import { FakeServer, json, type Reply, type SandboxRequest } from './server';

export const QEBOT_PATH = '/api/v1';

type Row = Record<string, any>;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** The CRM's date format: "Sep 02, 2020 04:01:23 PM" (UTC here). */
export function crmDate(time: number): string {
	const d = new Date(time);
	const hour = d.getUTCHours() % 12 || 12;
	return `${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())}, ${d.getUTCFullYear()} ${pad(hour)}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${d.getUTCHours() < 12 ? 'AM' : 'PM'}`;
}

/** Users' dates: "2016-10-06T13:28:27+00:00". */
const isoDate = (time: number) => new Date(time).toISOString().replace(/\.\d{3}Z$/, '+00:00');

const CATEGORIES: Record<number, string> = { 1: 'Accounting', 2: 'Advertising', 52: 'Other' };
const COUNTRIES: Record<number, [string, string]> = { 230: ['US', 'United States'], 38: ['CA', 'Canada'], 176: ['PL', 'Poland'] };
const STATES: Record<number, [string, string]> = { 5: ['California', 'CA'], 16: ['Kansas', 'KS'], 32: ['New York', 'NY'] };
const ROLES: Record<number, string> = { 1: 'Super Admin', 2: 'Corporate Admin', 3: 'Business Admin', 4: 'User' };

const FIRST = ['John', 'Jane', 'Clark', 'Lois', 'Bruce', 'Diana', 'Peter', 'Mary'];
const LAST = ['Doe', 'Kent', 'Lane', 'Wayne', 'Prince', 'Parker', 'Watson', 'Allen'];

/** Rails-style validation errors: `{"errors": {"name": ["can't be blank"]}}`. */
const invalid = (errors: Record<string, string[]>): Reply => json(422, { errors });
const notFound = (model: string, id: string): Reply => json(404, { error: `Couldn't find ${model} with 'id'=${id}` });
const blank = (value: unknown) => value === undefined || value === null || String(value).trim() === '';

function luhn(digits: string): boolean {
	let sum = 0;
	for (let i = 0; i < digits.length; i++) {
		let digit = Number(digits[digits.length - 1 - i]);
		if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
		sum += digit;
	}
	return sum % 10 === 0;
}

/**
 * A stateful Qebot fake: HTTP Basic (email + API key) on every call but the SSO redirects,
 * the doc's response wrappers (`{"brands": [...]}` even for one record), Rails-style 422s,
 * 404/412 errors, 120 seeded CRM leads, and helpers to add records between trigger polls.
 */
export class QebotSandbox extends FakeServer {
	readonly brands = new Map<number, Row>();

	readonly businesses = new Map<number, Row>();

	readonly users = new Map<number, Row>();

	readonly leads = new Map<number, Row>();

	readonly tools = new Map<number, Row>();

	readonly billings = new Map<number, Row>();

	readonly purchases = new Map<number, Row>();

	/** SSO tokens handed out by /sso/apikey → username */
	readonly ssoTokens = new Map<string, string>();

	/** the sandbox's own clock for creation dates (ms); advances one minute per new record */
	clock = Date.UTC(2024, 0, 15, 9, 0, 0);

	private readonly nextIds: Record<string, number> = {};

	constructor(
		readonly email = 'agency@example.com',
		readonly apiKey = 'qebot-demo-api-key',
		seedLeads = 120,
	) {
		super('Qebot', QEBOT_PATH);
		this.seed(seedLeads);
		this.setRoutes();
	}

	/** The n8n credential data that works against this sandbox once started. */
	demoCredentials(): Record<string, unknown> {
		return { email: this.email, apiKey: this.apiKey, baseUrl: this.url };
	}

	private nextId(table: string, start: number): number {
		const id = this.nextIds[table] ?? start;
		this.nextIds[table] = id + 1;
		return id;
	}

	private tick(): number {
		this.clock += 60_000;
		return this.clock;
	}

	private seed(leadCount: number) {
		this.addBrand({ name: 'Burger Barn', status: 'active' });
		this.addBrand({ name: 'Pizza Planet', status: 'active' });
		this.addBrand({ name: 'Closed Cafe', status: 'inactive' });
		const cities = ['San Francisco', 'San Diego', 'Smallville', 'New York'];
		for (let i = 0; i < 6; i++) {
			this.addBusiness({
				brand_id: (i % 2) + 1,
				business_name: `${i % 2 ? 'Pizza Planet' : 'Burger Barn'} ${cities[i % cities.length]}`,
				city: cities[i % cities.length],
			});
		}
		this.addUser({ first_name: 'Agency', last_name: 'Owner', username: this.email, role_id: 2 });
		for (let i = 0; i < 4; i++) this.addUser({ first_name: FIRST[i], last_name: LAST[i], username: `${FIRST[i].toLowerCase()}@example.com`, role_id: 3 + (i % 2) });
		this.addTool({ tool: 'Social Media Dashboard', plan_code: 'social_manager', amount: 25 });
		this.addTool({ tool: 'Review Monitor', plan_code: 'review_monitor', amount: 20 });
		this.addTool({ tool: 'Legacy Listings', plan_code: 'legacy_listings', amount: 10, active: false });
		this.addBilling({ first_name: 'John', last_name: 'Doe', card_type: 'Visa', first_six: '411111', last_four: '1111' });
		this.addBilling({ first_name: 'Jane', last_name: 'Kent', card_type: 'MasterCard', first_six: '555555', last_four: '4444' });
		for (let i = 0; i < 3; i++) this.addPurchase({ tool_id: 1 + (i % 2), business_id: 1 + i, user_id: 1000 });
		for (let i = 0; i < leadCount; i++) this.addLead({ firstName: FIRST[i % FIRST.length], lastName: `${LAST[i % LAST.length]}${i + 1}` });
	}

	/* ------------------------------------------------------------ records (also the test helpers) */

	addBrand(fields: Row): Row {
		const brand = { id: this.nextId('brands', 1), name: '', status: 'active', ...fields };
		this.brands.set(brand.id, brand);
		return brand;
	}

	/** A business; businesses have no creation date (the trigger orders them by id). */
	addBusiness(fields: Row): Row {
		const business = {
			id: this.nextId('businesses', 1),
			brand_id: 1,
			business_name: 'Business',
			category_id: 52,
			phone: '1234567890',
			fax: null,
			address: '123 Fake St',
			address2: '',
			city: 'San Francisco',
			state_id: 5,
			state_name: '',
			country_id: 230,
			zipcode: '12345',
			email: 'store@example.com',
			website: '',
			status: 'active',
			...fields,
		};
		this.businesses.set(business.id, business);
		return business;
	}

	addUser(fields: Row): Row {
		const user = {
			id: this.nextId('users', 1000),
			parent_id: 1000,
			first_name: 'New',
			last_name: 'User',
			username: `user${Object.keys(this.nextIds).length}@example.com`,
			created_date: isoDate(this.tick()),
			status: 'active',
			role_id: 4,
			password: 'secret',
			brand_ids: [],
			business_ids: [],
			...fields,
		};
		this.users.set(user.id, user);
		return user;
	}

	/** A CRM lead created now (the sandbox clock) or at `time` (epoch ms) — several may share one. */
	addLead(fields: Row = {}, time?: number): Row {
		const created = time ?? this.tick();
		this.clock = Math.max(this.clock, created);
		const leadId = this.nextId('leads', 3443285);
		const firstName = fields.firstName ?? 'Lead';
		const lastName = fields.lastName ?? String(leadId);
		const lead = {
			id: String(leadId),
			objectId: 4,
			leadId,
			firstName,
			lastName,
			fullName: `${firstName} ${lastName}`.trim(),
			leadStatus: '1',
			leadStatusMeaning: 'New',
			leadSource: '1',
			leadSourceMeaning: 'Cold Call',
			wayToContact: 'Email',
			easyWayToContact: 'EMAIL',
			assigneeObjectRefId: 46368,
			assigneeObjectRefName: 'Demo Demo',
			assigneeObjectId: 8,
			description: '',
			potentialAmount: 0,
			objectStatus: '0',
			isActive: 'Y',
			actualAmount: 0,
			isUnsubscribed: 'N',
			isBounced: 'N',
			notes: [],
			accounts: [],
			firmId: 229874,
			customAttributes: [],
			labels: [],
			addresses: [],
			phoneNumbers: [],
			emailAddresses: [],
			createdBy: 49683,
			lastUpdatedBy: 49683,
			createdByName: 'Demo Demo',
			creationDate: crmDate(created),
			lastUpdateDate: crmDate(created),
			lastUpdatedByName: 'Demo Demo',
			version: 1,
			...fields,
		};
		this.leads.set(leadId, lead);
		return lead;
	}

	addTool(fields: Row): Row {
		const tool = { id: this.nextId('tools', 1), tool: 'Tool', plan_code: 'tool', amount: 10, active: true, ...fields };
		this.tools.set(tool.id, tool);
		return tool;
	}

	addBilling(fields: Row): Row {
		const billing = {
			id: this.nextId('billings', 1),
			first_name: '',
			last_name: '',
			company: null,
			address: '123 Fake St',
			address2: '',
			city: 'San Francisco',
			state: 'CA',
			zip: '12345',
			country: 'US',
			card_type: 'Visa',
			expiry_year: 2030,
			expiry_month: 12,
			first_six: '',
			last_four: '',
			vat_number: null,
			ip_address: null,
			ip_address_country: null,
			...fields,
		};
		this.billings.set(billing.id, billing);
		return billing;
	}

	/** A purchase (tool subscription of a business); its payment_date is the sandbox clock. */
	addPurchase(fields: { tool_id: number; business_id: number; user_id?: number; billing_id?: number }): Row {
		const purchase = {
			id: this.nextId('purchases', 1),
			payment_date: isoDate(this.tick()),
			user_id: 1000,
			...fields,
		};
		this.purchases.set(purchase.id, purchase);
		return purchase;
	}

	/* ------------------------------------------------------------ how records are shown */

	private showBusiness(row: Row): Row {
		const { category_id, country_id, state_id, ...rest } = row;
		const country = COUNTRIES[country_id];
		const state = STATES[state_id];
		return {
			...rest,
			category: category_id ? { id: category_id, name: CATEGORIES[category_id] ?? `Category ${category_id}`, description: CATEGORIES[category_id] ?? '' } : null,
			country: country ? { id: country_id, code: country[0], country: country[1] } : { id: country_id },
			state: state ? { id: state_id, name: state[0], abbr: state[1], description: state[0] } : null,
		};
	}

	private showUser(row: Row): Row {
		const { password: _password, role_id, brand_ids: _brands, business_ids: _businesses, ...rest } = row;
		return { ...rest, role: { id: role_id, name: ROLES[role_id] } };
	}

	private showTool(row: Row): Row {
		const { active: _active, ...rest } = row;
		return rest;
	}

	private showPurchase(row: Row): Row {
		const business = this.businesses.get(row.business_id);
		const user = this.users.get(row.user_id);
		const tool = this.tools.get(row.tool_id);
		return {
			id: row.id,
			payment_date: row.payment_date,
			brand: business ? this.brands.get(business.brand_id) ?? null : null,
			whitelabel: { id: 25, name: 'Agency Name', key: 'NT', section: '001', domain: 'bizbox.example.com', registration_domain: 'example.com' },
			business: business ?? null,
			tool: tool ? this.showTool(tool) : null,
			user: user ? { ...this.showUser(user), role: undefined, role_id: user.role_id, ip: null } : null,
		};
	}

	/* ------------------------------------------------------------ routes */

	private setRoutes() {
		this.crud('brands', 'Brand', this.brands, (row) => row, {
			create: (body) => this.createBrand(body),
			update: (row, body) => this.updateBrand(row, body),
		});
		this.crud('businesses', 'Business', this.businesses, (row) => this.showBusiness(row), {
			create: (body) => this.createBusiness(body),
			update: (row, body) => this.updateBusiness(row, body),
		});
		this.crud('users', 'User', this.users, (row) => this.showUser(row), {
			create: (body) => this.createUser(body),
			update: (row, body) => this.updateUser(row, body),
		});
		this.crud('tools', 'Tool', this.tools, (row) => this.showTool(row), {});
		this.crud('billings', 'Billing', this.billings, (row) => row, {
			create: (body) => this.createBilling(body),
			update: (row, body) => this.updateBilling(row, body),
		});
		this.crud('purchases', 'Purchase', this.purchases, (row) => this.showPurchase(row), {
			create: (body) => this.createPurchase(body),
			noDelete: true,
		});
		this.on('GET', '/crm/leads', () => json(200, { leads: [...this.leads.values()] }));
		this.on('POST', '/crm/leads', (r) => this.createLead(r.body ?? {}));
		this.on('POST', '/sso/apikey', (r) => this.createSsoToken(r.body ?? {}));
		this.on('GET', '/sso/login', (r) => this.redirect(r, '/dashboard'));
		this.on('GET', '/sso/logout', (r) => this.redirect(r, '/login'));
		this.on('GET', '/sso/jwt/:email', (r) => this.redirect(r, '/dashboard'));
	}

	/** list, get, create, PATCH/PUT update and delete of one resource, wrapped like the doc. */
	private crud(
		root: string,
		model: string,
		table: Map<number, Row>,
		show: (row: Row) => Row,
		handlers: { create?: (body: Row) => Reply | Row; update?: (row: Row, body: Row) => Reply | undefined; noDelete?: boolean },
	) {
		const find = (request: SandboxRequest) => table.get(Number(request.params.id));
		this.on('GET', `/${root}`, () => json(200, { [root]: [...table.values()].map(show) }));
		this.on('GET', `/${root}/:id`, (r) => {
			const row = find(r);
			return row ? json(200, { [root]: [show(row)] }) : notFound(model, r.params.id);
		});
		const { create, update } = handlers;
		if (create) {
			this.on('POST', `/${root}`, (r) => {
				const result = create(typeof r.body === 'object' && r.body ? r.body : {});
				return 'status' in result && typeof result.status === 'number' && !('id' in result) ? (result as Reply) : json(201, { [root]: [show(result as Row)] });
			});
		}
		if (update) {
			for (const method of ['PATCH', 'PUT']) {
				this.on(method, `/${root}/:id`, (r) => {
					const row = find(r);
					if (!row) return notFound(model, r.params.id);
					const failed = update(row, typeof r.body === 'object' && r.body ? r.body : {});
					return failed ?? json(200, { [root]: [show(row)] });
				});
			}
		}
		if (!handlers.noDelete && create) {
			this.on('DELETE', `/${root}/:id`, (r) => {
				if (!find(r)) return notFound(model, r.params.id);
				table.delete(Number(r.params.id));
				return { status: 204 };
			});
		}
	}

	protected authorize(request: SandboxRequest): Reply | undefined {
		// the SSO browser redirects carry a token instead of Basic credentials
		if (/^\/api\/v1\/sso\/(login|logout|jwt)/.test(request.path)) return undefined;
		const header = String(request.headers.authorization ?? '');
		const expected = `Basic ${Buffer.from(`${this.email}:${this.apiKey}`).toString('base64')}`;
		if (header !== expected) return json(401, { error: 'Invalid username or API key' });
		return undefined;
	}

	private statusErrors(status: unknown, errors: Record<string, string[]>, key = 'status') {
		if (status !== undefined && !['active', 'inactive'].includes(String(status))) errors[key] = ['is not included in the list'];
	}

	private createBrand(body: Row): Reply | Row {
		const brand = (body.brand ?? {}) as Row;
		const errors: Record<string, string[]> = {};
		if (blank(brand.name)) errors.name = ["can't be blank"];
		if (blank(brand.status)) errors.status = ["can't be blank"];
		this.statusErrors(brand.status ?? 'active', errors);
		const businesses = Array.isArray(body.businesses) ? (body.businesses as Row[]) : [];
		businesses.forEach((business, index) => {
			for (const key of ['business_name', 'phone', 'address', 'city', 'country_id', 'zipcode', 'email']) {
				if (blank(business[key])) errors[`businesses[${index}].${key}`] = ["can't be blank"];
			}
		});
		if (Object.keys(errors).length) return invalid(errors);
		const created = this.addBrand({ name: brand.name, status: brand.status });
		const createdBusinesses = businesses.map((business) => this.addBusiness({ ...business, brand_id: created.id }));
		// Create Brand answers with both lists
		return json(201, { brands: [created], businesses: createdBusinesses.map((row) => this.showBusiness(row)) });
	}

	private updateBrand(row: Row, body: Row): Reply | undefined {
		const errors: Record<string, string[]> = {};
		if ('name' in body && blank(body.name)) errors.name = ["can't be blank"];
		this.statusErrors(body.status, errors);
		if (Object.keys(errors).length) return invalid(errors);
		for (const key of ['name', 'status']) if (body[key] !== undefined) row[key] = body[key];
		return undefined;
	}

	private businessErrors(body: Row, required: string[]): Record<string, string[]> {
		const errors: Record<string, string[]> = {};
		for (const key of required) if (blank(body[key])) errors[key] = ["can't be blank"];
		if (body.brand_id !== undefined && !this.brands.has(Number(body.brand_id))) errors.brand = ['must exist'];
		if (body.email !== undefined && !/^[^@\s]+@[^@\s]+$/.test(String(body.email))) errors.email = ['is invalid'];
		this.statusErrors(body.status, errors);
		return errors;
	}

	private createBusiness(body: Row): Reply | Row {
		const errors = this.businessErrors(body, ['business_name', 'brand_id', 'category_id', 'address', 'city', 'country_id', 'zipcode', 'email', 'status']);
		if (Object.keys(errors).length) return invalid(errors);
		return this.addBusiness(body);
	}

	private updateBusiness(row: Row, body: Row): Reply | undefined {
		const errors = this.businessErrors(body, Object.keys(body).filter((key) => ['business_name', 'address', 'city', 'zipcode', 'email'].includes(key)));
		if (Object.keys(errors).length) return invalid(errors);
		// Update Business calls the free-text state "state"
		const { state, ...rest } = body;
		Object.assign(row, rest, state !== undefined ? { state_name: state } : {});
		return undefined;
	}

	private userErrors(body: Row, required: string[], except?: Row): Record<string, string[]> {
		const errors: Record<string, string[]> = {};
		for (const key of required) if (blank(body[key])) errors[key] = ["can't be blank"];
		if (body.username !== undefined && [...this.users.values()].some((user) => user !== except && user.username === body.username)) {
			errors.username = ['has already been taken'];
		}
		if (body.role_id !== undefined && ![2, 3, 4].includes(Number(body.role_id))) errors.role_id = ['is not included in the list'];
		if (body.password !== undefined && String(body.password).length < 6) errors.password = ['is too short (minimum is 6 characters)'];
		this.statusErrors(body.status, errors);
		return errors;
	}

	private createUser(body: Row): Reply | Row {
		const errors = this.userErrors(body, ['first_name', 'last_name', 'username', 'password', 'role_id']);
		if (Object.keys(errors).length) return invalid(errors);
		return this.addUser({ ...body, role_id: Number(body.role_id), status: body.status ?? 'active' });
	}

	private updateUser(row: Row, body: Row): Reply | undefined {
		const errors = this.userErrors(body, [], row);
		if (Object.keys(errors).length) return invalid(errors);
		Object.assign(row, body);
		return undefined;
	}

	/** Card checks; like some payment APIs, the error quotes the rejected number. */
	private cardErrors(body: Row, required: boolean): Record<string, string[]> {
		const errors: Record<string, string[]> = {};
		if (required || body.card_number !== undefined) {
			const digits = String(body.card_number ?? '').replace(/[\s-]/g, '');
			if (!digits) errors.card_number = ["can't be blank"];
			else if (!luhn(digits)) errors.card_number = [`${String(body.card_number)} is not a valid credit card number`];
		}
		if (body.cvv !== undefined && !/^\d{3,4}$/.test(String(body.cvv))) errors.cvv = [`${String(body.cvv)} is not a valid security code`];
		for (const key of ['expiry_month', 'expiry_year']) {
			if (required && blank(body[key])) errors[key] = ["can't be blank"];
		}
		if (body.expiry_year !== undefined && Number(body.expiry_year) < 2024) errors.expiry_year = ['card has expired'];
		return errors;
	}

	/** Stores what a real processor keeps: never the card number or CVV. */
	private cardFields(body: Row): Row {
		const { card_number: cardNumber, cvv: _cvv, ...rest } = body;
		if (cardNumber === undefined) return rest;
		const digits = String(cardNumber).replace(/[\s-]/g, '');
		return { ...rest, first_six: digits.slice(0, 6), last_four: digits.slice(-4) };
	}

	private createBilling(body: Row): Reply | Row {
		const errors = this.cardErrors(body, true);
		for (const key of ['first_name', 'last_name']) if (blank(body[key])) errors[key] = ["can't be blank"];
		if (Object.keys(errors).length) return invalid(errors);
		return this.addBilling(this.cardFields(body));
	}

	private updateBilling(row: Row, body: Row): Reply | undefined {
		const errors = this.cardErrors(body, false);
		if (Object.keys(errors).length) return invalid(errors);
		Object.assign(row, this.cardFields(body));
		return undefined;
	}

	private createPurchase(body: Row): Reply | Row {
		const errors: Record<string, string[]> = {};
		for (const key of ['tool_id', 'first_name', 'last_name', 'business_id']) if (blank(body[key])) errors[key] = ["can't be blank"];
		const billing = (body.billing ?? {}) as Row;
		let billingId: number | undefined;
		if (!blank(billing.id)) {
			if (!this.billings.has(Number(billing.id))) errors['billing.id'] = ['does not exist'];
			billingId = Number(billing.id);
		} else {
			for (const [key, messages] of Object.entries(this.cardErrors(billing, true))) errors[`billing.${key}`] = messages;
		}
		const tool = this.tools.get(Number(body.tool_id));
		if (!blank(body.tool_id) && !tool) errors.tool = ['must exist'];
		if (!blank(body.business_id) && !this.businesses.has(Number(body.business_id))) errors.business = ['must exist'];
		if (Object.keys(errors).length) return invalid(errors);
		if (!tool!.active) return json(412, { error: `Tool ${tool!.tool} is not active and cannot be purchased` });
		if (billingId === undefined) billingId = this.addBilling({ first_name: body.first_name, last_name: body.last_name, ...this.cardFields(billing) }).id;
		return this.addPurchase({ tool_id: tool!.id, business_id: Number(body.business_id), user_id: 1000, billing_id: billingId });
	}

	private createLead(body: Row): Reply {
		if (typeof body !== 'object' || Array.isArray(body)) return json(400, { error: 'Request body must be an object' });
		if (blank(body.firstName) && blank(body.lastName) && blank(body.companyName)) {
			return invalid({ lastName: ["can't be blank"] });
		}
		if (body.emailAddress !== undefined && !/^[^@\s]+@[^@\s]+$/.test(String(body.emailAddress))) {
			return invalid({ emailAddress: ['is invalid'] });
		}
		const { emailAddress, waytoContact, Description, Labels, ...rest } = body;
		const lead = this.addLead({
			...rest,
			...(waytoContact !== undefined ? { wayToContact: waytoContact } : {}),
			...(Description !== undefined ? { description: Description } : {}),
			...(Labels !== undefined ? { labels: Labels } : {}),
			emailAddresses: [
				...(emailAddress ? [{ emailAddress, emailType: 'Business' }] : []),
				...(Array.isArray(body.emailAddresses) ? body.emailAddresses : []),
			],
		});
		return json(201, { leads: [lead] });
	}

	private createSsoToken(body: Row): Reply {
		if (blank(body.username)) return invalid({ username: ["can't be blank"] });
		if (![...this.users.values()].some((user) => user.username === body.username)) {
			return json(404, { error: `No user with username ${String(body.username)}` });
		}
		const token = Math.random().toString(16).slice(2, 14).padEnd(12, '0');
		this.ssoTokens.set(token, String(body.username));
		return json(200, { token });
	}

	private redirect(request: SandboxRequest, to: string): Reply {
		const token = String(request.query.token ?? '');
		if (!this.ssoTokens.has(token)) return { status: 302, headers: { Location: `${this.url}/login?error=invalid_token` } };
		// tokens are single use: a request that is not the user's browser wastes it
		this.ssoTokens.delete(token);
		return { status: 302, headers: { Location: `${this.url}${to}` } };
	}
}
