import { FakeServer, json, type Reply, type SandboxRequest } from './server';

/**
 * A stateful CrmRpc fake. Every call is `POST /{service}` with `{"method", "parameters"}` and is
 * answered `{"success", "response", "error"}`:
 * - business errors (unknown profile, missing field, record not found) are HTTP 200 with
 *   `success: false`, as the doc's "Response error example" headings suggest;
 * - a missing, unknown or expired token is HTTP 401 (so n8n logs in again);
 * - a failed login is HTTP 200 with `success: false`.
 * Dates in records are `YYYY-MM-DD HH:mm:ss`; list filters take `DD/MM/YY`.
 */

type Row = Record<string, unknown>;
type Params = Record<string, unknown>;
type MethodHandler = (parameters: Params) => Reply;

export const CRMRPC_DEMO_EMAIL = 'demo@crmrpc.test';
export const CRMRPC_DEMO_PASSWORD = 'demo-password-123';
export const SEED_COMPANIES = 1200;
/** The days seeded opportunities are spread over (several per day). */
export const OPPORTUNITY_DAYS = ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04'];

const ok = (response: unknown): Reply => json(200, { success: true, response, error: null });
const fail = (error: string): Reply => json(200, { success: false, response: null, error });
const unauthorized = (error: string): Reply => json(401, { success: false, response: null, error });

/** `DD/MM/YY` → `YYYY-MM-DD`, undefined when the text is not in that format. */
export function fromCrmDate(text: unknown): string | undefined {
	const match = /^(\d{2})\/(\d{2})\/(\d{2})$/.exec(String(text ?? ''));
	if (!match) return undefined;
	return `20${match[3]}-${match[2]}-${match[1]}`;
}

function dayOf(timestamp: unknown): string {
	return String(timestamp ?? '').slice(0, 10);
}

function idsOf(value: unknown): number[] | undefined {
	if (value === undefined || value === null) return undefined;
	return ([] as unknown[]).concat(value).map(Number);
}

/** A catalog (stages, types, origins …) of one profile: ids are profile * 100 + n. */
function catalog(profileId: number, names: string[], extra: (index: number) => Row = () => ({})): Row[] {
	return names.map((name, index) => ({ id: profileId * 100 + index + 1, name, ...extra(index) }));
}

const CATALOG_NAMES: Record<string, string[]> = {
	stages: ['Prospect', 'Proposal', 'Negotiation', 'Closing'],
	users: ['Ana López', 'Bruno Díaz', 'Carla Ruiz'],
	types: ['Client', 'Partner', 'Supplier'],
	industries: ['Software', 'Food', 'Construction'],
	companyInputs: ['Account Manager', 'Fiscal Regime'],
	contactOrigins: ['Website', 'Referral', 'Trade Show'],
	titles: ['Mr.', 'Ms.', 'Dr.'],
	departments: ['Sales', 'Purchasing', 'IT'],
	positions: ['Director', 'Manager', 'Analyst'],
	contactInputs: ['Birthday'],
	categories: ['Hardware', 'Services'],
	validities: ['30 days', '90 days'],
	discounts: ['None', '10%'],
	measures: ['Piece', 'Hour'],
	taxes: ['VAT 16%', 'Exempt'],
	productInputs: ['Warranty'],
	opportunityInputs: ['Campaign Notes'],
	ticketOrigins: ['Phone', 'Email'],
	cases: ['Installation', 'Billing', 'Failure'],
	priorities: ['Low', 'Normal', 'High'],
};

const COUNTRIES = [
	{ code: 'MX', name: 'México' },
	{ code: 'US', name: 'United States' },
];
const STATES: Record<string, Row[]> = {
	MX: [
		{ code: 'JAL', name: 'Jalisco' },
		{ code: 'CMX', name: 'Ciudad de México' },
		{ code: 'NLE', name: 'Nuevo León' },
	],
	US: [
		{ code: 'CA', name: 'California' },
		{ code: 'TX', name: 'Texas' },
	],
};

export class CrmRpcSandbox extends FakeServer {
	readonly profiles: Row[] = [
		{ id: 1, name: 'Sales Mexico' },
		{ id: 2, name: 'Support' },
	];

	/** `${profileId}:${catalogKey}` → rows */
	readonly catalogs = new Map<string, Row[]>();

	readonly companies: Row[] = [];

	readonly contacts: Row[] = [];

	readonly products: Row[] = [];

	readonly opportunities: Row[] = [];

	readonly tickets: Row[] = [];

	/** token → still valid */
	readonly tokens = new Map<string, boolean>();

	/** how many successful logins the sandbox answered */
	logins = 0;

	/** the created_at of records added without one */
	now = '2026-03-04 18:00:00';

	private nextId = 1;

	private readonly methods: Record<string, Record<string, MethodHandler>>;

	constructor(
		readonly email = CRMRPC_DEMO_EMAIL,
		readonly password = CRMRPC_DEMO_PASSWORD,
		seedCompanies = SEED_COMPANIES,
	) {
		super('CrmRpc');
		for (const profile of this.profiles) {
			const id = profile.id as number;
			for (const [key, names] of Object.entries(CATALOG_NAMES)) {
				const extra = key === 'users' ? (index: number) => ({ email: `user${index + 1}@crm.test` }) : undefined;
				this.catalogs.set(`${id}:${key}`, catalog(id, names, extra));
			}
		}
		this.seed(seedCompanies);
		this.methods = this.methodTable();
		for (const service of Object.keys(this.methods)) {
			this.on('POST', `/${service}`, (request) => this.call(service, request));
		}
	}

	/** The credential data that works against this sandbox once started. */
	demoCredentials(): Record<string, unknown> {
		return { baseUrl: this.url, email: this.email, password: this.password, sessionToken: '' };
	}

	/** Makes every issued token expire: the next call with one answers 401. */
	expireTokens() {
		for (const token of this.tokens.keys()) this.tokens.set(token, false);
	}

	/** Makes the tokens expire just before the first request that `match` accepts (once). */
	expireTokensAt(match: (request: SandboxRequest) => boolean) {
		this.expiryTrigger = match;
	}

	private expiryTrigger?: (request: SandboxRequest) => boolean;

	private id() {
		return this.nextId++;
	}

	private seed(companyCount: number) {
		const days = OPPORTUNITY_DAYS;
		for (let i = 0; i < companyCount; i++) {
			this.addCompany({
				name: `Company ${String(i + 1).padStart(4, '0')}`,
				type_id: 101 + (i % 3),
				industry_id: 101 + (i % 3),
				created_at: `${days[i % days.length]} 09:${String(i % 60).padStart(2, '0')}:00`,
			});
		}
		this.addCompany({ profile_id: 2, name: 'Support Only Co', type_id: 201, industry_id: 201, created_at: '2026-03-01 08:00:00' });
		const first = (this.companies[0]?.id as number) ?? 0;
		for (let i = 0; i < 12; i++) {
			this.addContact({
				company_id: first + (i % 4),
				name: `Contact${i + 1}`,
				surname: 'Pérez',
				email: `contact${i + 1}@example.com`,
				origin_id: 101 + (i % 3),
				title_id: 101 + (i % 3),
				position_id: 101 + (i % 3),
				department_id: 101 + (i % 3),
				created_at: `${days[i % days.length]} 10:00:00`,
			});
		}
		for (let i = 0; i < 3; i++) {
			this.addProduct({ name: `Product ${i + 1}`, value: 100 * (i + 1), product_category_id: String(101 + (i % 2)) });
		}
		this.addProduct({ profile_id: 2, name: 'Support Plan', value: 80, product_category_id: '201' });
		// three opportunities per day, one day with five sharing the same minute
		days.forEach((day, dayIndex) => {
			const count = dayIndex === days.length - 1 ? 5 : 3;
			for (let n = 0; n < count; n++) {
				this.addOpportunity({
					title: `Deal ${day} #${n + 1}`,
					value: 1000 * (n + 1),
					stage_id: 101 + (n % 4),
					user_id: 101 + (n % 3),
					company_id: first + n,
					created_at: `${day} 12:00:00`,
				});
			}
		});
		for (let i = 0; i < 3; i++) {
			this.addTicket({ title: `Ticket ${i + 1}`, company_id: first, created_at: `${days[i]} 15:00:00` });
		}
	}

	addCompany(fields: Row): Row {
		const id = this.id();
		const company: Row = {
			id,
			profile_id: 1,
			client_number: `C-${String(id).padStart(5, '0')}`,
			website: null,
			phone: null,
			billing_name: null,
			rfc: null,
			shipping_address: null,
			billing_address: null,
			created_at: this.now,
			...fields,
		};
		this.companies.push(company);
		return company;
	}

	addContact(fields: Row): Row {
		const contact: Row = { id: this.id(), profile_id: 1, mother_surname: null, assistant: null, created_at: this.now, ...fields };
		this.contacts.push(contact);
		return contact;
	}

	addProduct(fields: Row): Row {
		const product: Row = { id: this.id(), profile_id: 1, taxes: [], inputs: {}, created_at: this.now, ...fields };
		this.products.push(product);
		return product;
	}

	addOpportunity(fields: Row): Row {
		const opportunity: Row = {
			id: this.id(),
			profile_id: 1,
			status: 'active',
			prospect_type: 'new',
			operation_type: 'new',
			contact_id: null,
			estimated_end_at: '2026-04-30',
			closed_at: null,
			products: [],
			created_at: this.now,
			...fields,
		};
		this.opportunities.push(opportunity);
		return opportunity;
	}

	addTicket(fields: Row): Row {
		const ticket: Row = {
			id: this.id(),
			profile_id: 1,
			description: '',
			user_id: 101,
			origin_id: 101,
			case_id: 101,
			priority_id: 101,
			estimated_end_at: '2026-04-01',
			created_at: this.now,
			...fields,
		};
		this.tickets.push(ticket);
		return ticket;
	}

	protected authorize(request: SandboxRequest): Reply | undefined {
		if (request.path === '/auth') return undefined;
		if (this.expiryTrigger?.(request)) {
			this.expiryTrigger = undefined;
			this.expireTokens();
		}
		const header = String(request.headers.authorization ?? '');
		const token = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
		if (!this.tokens.has(token)) return unauthorized('Unauthenticated');
		if (!this.tokens.get(token)) return unauthorized('Token expired');
		return undefined;
	}

	private call(service: string, request: SandboxRequest): Reply {
		const body = (request.body ?? {}) as Row;
		if (typeof body !== 'object' || typeof body.method !== 'string') return fail('The method field is required');
		const handler = this.methods[service][body.method];
		if (!handler) return fail(`Unknown method ${service}.${body.method}`);
		const parameters = (body.parameters ?? {}) as Params;
		if (typeof parameters !== 'object' || Array.isArray(parameters)) return fail('parameters must be an object');
		return handler(parameters);
	}

	/** The profile of a call, or the error reply. */
	private profileOf(parameters: Params): number | Reply {
		if (parameters.profile_id === undefined) return fail('The profile_id field is required');
		const id = parameters.profile_id;
		if (typeof id !== 'number' || !this.profiles.some((profile) => profile.id === id)) {
			return fail(`Profile ${String(id)} not found`);
		}
		return id;
	}

	/** A catalog method: `{[key]: rows}` of the call's profile. */
	private catalogMethod(catalogKey: string, responseKey: string): MethodHandler {
		return (parameters) => {
			const profile = this.profileOf(parameters);
			if (typeof profile !== 'number') return profile;
			return ok({ [responseKey]: this.catalogs.get(`${profile}:${catalogKey}`) ?? [] });
		};
	}

	private methodTable(): Record<string, Record<string, MethodHandler>> {
		return {
			auth: { Login: (p) => this.login(p) },
			profiles: {
				GetProfiles: () => ok({ profiles: this.profiles }),
				GetStages: this.catalogMethod('stages', 'stages'),
				GetCountries: () => ok({ countries: COUNTRIES }),
				GetStates: (p) => {
					const states = STATES[String(p.country ?? '')];
					return states ? ok({ country: p.country, states }) : fail(`Country ${String(p.country ?? '')} not found`);
				},
				GetUsers: this.catalogMethod('users', 'users'),
			},
			companies: {
				GetCompanies: (p) => this.listCompanies(p),
				GetTypes: this.catalogMethod('types', 'types'),
				GetIndustries: this.catalogMethod('industries', 'industries'),
				GetInputs: this.catalogMethod('companyInputs', 'inputs'),
				CreateCompany: (p) => this.createCompany(p),
				GetCompany: (p) => this.getCompany(p),
			},
			contacts: {
				GetContacts: (p) => this.listContacts(p),
				GetOrigins: this.catalogMethod('contactOrigins', 'origins'),
				GetTitles: this.catalogMethod('titles', 'titles'),
				GetDepartments: this.catalogMethod('departments', 'departments'),
				GetPositions: this.catalogMethod('positions', 'positions'),
				GetInputs: this.catalogMethod('contactInputs', 'inputs'),
				CreateContact: (p) => this.createContact(p),
				GetContact: (p) => this.getContact(p),
			},
			products: {
				GetProducts: (p) => this.listProducts(p),
				GetCategories: this.catalogMethod('categories', 'categories'),
				GetValidities: this.catalogMethod('validities', 'validities'),
				GetDiscounts: this.catalogMethod('discounts', 'discounts'),
				GetMeasures: this.catalogMethod('measures', 'measures'),
				GetTaxes: this.catalogMethod('taxes', 'taxes'),
				GetInputs: this.catalogMethod('productInputs', 'inputs'),
				CreateProduct: (p) => this.saveProduct(p, 'create'),
				EditProduct: (p) => this.saveProduct(p, 'edit'),
			},
			opportunities: {
				GetInputs: this.catalogMethod('opportunityInputs', 'inputs'),
				GetOpportunities: (p) => this.listOpportunities(p),
				CreateOpportunity: (p) => this.createOpportunity(p),
				GetOpportunity: (p) => this.getOpportunity(p),
			},
			tickets: {
				GetTickets: (p) => this.listTickets(p),
				GetOrigins: this.catalogMethod('ticketOrigins', 'origins'),
				GetCases: this.catalogMethod('cases', 'cases'),
				GetPriorities: this.catalogMethod('priorities', 'priorities'),
				CreateTicket: (p) => this.createTicket(p),
			},
		};
	}

	private login(parameters: Params): Reply {
		if (parameters.email !== this.email || parameters.password !== this.password) {
			return fail('Invalid email or password');
		}
		this.logins++;
		const token = `crm-token-${this.logins}-${Math.random().toString(36).slice(2, 10)}`;
		this.tokens.set(token, true);
		return ok({ token, user: { id: 101, name: 'Ana López', email: this.email } });
	}

	/** Applies a `{from, to}` range in DD/MM/YY to a date field; returns an error reply when malformed. */
	private dateRange(rows: Row[], range: unknown, field: string, label: string): Row[] | Reply {
		if (range === undefined) return rows;
		const { from, to } = (range ?? {}) as Row;
		const start = from === undefined ? undefined : fromCrmDate(from);
		const end = to === undefined ? undefined : fromCrmDate(to);
		if ((from !== undefined && !start) || (to !== undefined && !end)) {
			return fail(`Invalid date in ${label}: use the format DD/MM/YY`);
		}
		return rows.filter((row) => {
			const day = dayOf(row[field]);
			if (!day) return false;
			return (!start || day >= start) && (!end || day <= end);
		});
	}

	/** One page of `rows` with the documented `total`, `current_page`, `last_page`. */
	private page(rows: Row[], parameters: Params, key: string): Reply {
		const size = parameters.pagination === undefined ? 500 : Number(parameters.pagination);
		const page = parameters.page === undefined ? 1 : Number(parameters.page);
		if (!Number.isInteger(size) || size < 1) return fail('pagination must be a positive integer');
		if (!Number.isInteger(page) || page < 1) return fail('page must be a positive integer');
		return ok({
			total: rows.length,
			current_page: page,
			last_page: Math.max(1, Math.ceil(rows.length / size)),
			[key]: rows.slice((page - 1) * size, page * size),
		});
	}

	private withQuery(rows: Row[], query: unknown, fields: string[]): Row[] {
		if (typeof query !== 'string' || !query.trim()) return rows;
		const needle = query.trim().toLowerCase();
		return rows.filter((row) => fields.some((field) => String(row[field] ?? '').toLowerCase().includes(needle)));
	}

	private inIds(rows: Row[], filter: unknown, field: string): Row[] {
		const ids = idsOf(filter);
		return ids === undefined ? rows : rows.filter((row) => ids.includes(Number(row[field])));
	}

	private listCompanies(p: Params): Reply {
		const profile = this.profileOf(p);
		if (typeof profile !== 'number') return profile;
		let rows = this.companies.filter((company) => company.profile_id === profile);
		rows = this.inIds(rows, p.company_type, 'type_id');
		rows = this.inIds(rows, p.company_industry, 'industry_id');
		const dated = this.dateRange(rows, p.created_at, 'created_at', 'created_at');
		if (!Array.isArray(dated)) return dated;
		rows = this.withQuery(dated, p.query, ['name', 'client_number']);
		rows = rows.map((company) => ({
			...company,
			...(p.with_contacts === true ? { contacts: this.contacts.filter((contact) => contact.company_id === company.id) } : {}),
			...(p.with_inputs === true ? { inputs: {} } : {}),
		}));
		return this.page(rows, p, 'companies');
	}

	private missing(p: Params, fields: string[]): Reply | undefined {
		const absent = fields.find((field) => p[field] === undefined || p[field] === null || p[field] === '');
		return absent ? fail(`The ${absent} field is required`) : undefined;
	}

	private createCompany(p: Params): Reply {
		const profile = this.profileOf(p);
		if (typeof profile !== 'number') return profile;
		const missing = this.missing(p, ['name', 'type_id', 'industry_id']);
		if (missing) return missing;
		const { profile_id: _profile, ...fields } = p;
		return ok({ company: this.addCompany({ ...fields, profile_id: profile }) });
	}

	private getCompany(p: Params): Reply {
		const profile = this.profileOf(p);
		if (typeof profile !== 'number') return profile;
		if (p.search_by !== 'id' && p.search_by !== 'client_number') return fail('search_by must be id or client_number');
		const company = this.companies.find(
			(row) => row.profile_id === profile && String(row[p.search_by as string]) === String(p.search_value),
		);
		return company ? ok({ company }) : fail('Company not found');
	}

	private listContacts(p: Params): Reply {
		const profile = this.profileOf(p);
		if (typeof profile !== 'number') return profile;
		let rows = this.contacts.filter((contact) => contact.profile_id === profile);
		if (p.company_id !== undefined) rows = rows.filter((contact) => contact.company_id === Number(p.company_id));
		for (const field of ['origin_id', 'title_id', 'position_id', 'department_id']) rows = this.inIds(rows, p[field], field);
		const dated = this.dateRange(rows, p.created_at, 'created_at', 'created_at');
		if (!Array.isArray(dated)) return dated;
		rows = this.withQuery(dated, p.query, ['name', 'surname', 'email']);
		return this.page(rows, p, 'contacts');
	}

	private createContact(p: Params): Reply {
		const profile = this.profileOf(p);
		if (typeof profile !== 'number') return profile;
		const missing = this.missing(p, ['company_id', 'name', 'surname', 'origin_id']);
		if (missing) return missing;
		if (!this.companies.some((company) => company.id === p.company_id)) return fail('Company not found');
		const { profile_id: _profile, ...fields } = p;
		return ok({ contact: this.addContact({ ...fields, profile_id: profile }) });
	}

	private getContact(p: Params): Reply {
		const profile = this.profileOf(p);
		if (typeof profile !== 'number') return profile;
		if (p.search_by !== 'id' && p.search_by !== 'email') return fail('search_by must be id or email');
		const contact = this.contacts.find(
			(row) =>
				row.profile_id === profile &&
				(p.company_id === undefined || row.company_id === p.company_id) &&
				String(row[p.search_by as string]) === String(p.search_value),
		);
		return contact ? ok({ contact }) : fail('Contact not found');
	}

	private listProducts(p: Params): Reply {
		const profile = this.profileOf(p);
		if (typeof profile !== 'number') return profile;
		const products = this.products
			.filter((product) => product.profile_id === profile)
			.map(({ inputs, ...product }) => (p.with_inputs === true ? { ...product, inputs } : product));
		return ok({ products });
	}

	private saveProduct(p: Params, mode: 'create' | 'edit'): Reply {
		const profile = this.profileOf(p);
		if (typeof profile !== 'number') return profile;
		// name and value are documented as required on edit too
		const missing = this.missing(p, mode === 'edit' ? ['product_id', 'name', 'value'] : ['name', 'value']);
		if (missing) return missing;
		if (typeof p.value !== 'number') return fail('The value must be a number');
		if (p.taxes !== undefined && !Array.isArray(p.taxes)) return fail('taxes must be an array of ids');
		const { profile_id: _profile, product_id: productId, ...fields } = p;
		if (mode === 'create') return ok({ product: this.addProduct({ ...fields, profile_id: profile }) });
		const product = this.products.find((row) => row.id === productId && row.profile_id === profile);
		if (!product) return fail('Product not found');
		Object.assign(product, fields);
		return ok({ product });
	}

	private listOpportunities(p: Params): Reply {
		const profile = this.profileOf(p);
		if (typeof profile !== 'number') return profile;
		let rows = this.opportunities.filter((row) => row.profile_id === profile);
		if (p.user_id !== undefined) rows = rows.filter((row) => row.user_id === Number(p.user_id));
		if (p.status !== undefined) rows = rows.filter((row) => row.status === p.status);
		if (p.contact_type !== undefined) rows = rows.filter((row) => row.prospect_type === p.contact_type);
		if (p.operation_type !== undefined) rows = rows.filter((row) => row.operation_type === p.operation_type);
		rows = this.inIds(rows, p.stage, 'stage_id');
		if (p.value !== undefined) {
			const { from, to } = p.value as Row;
			rows = rows.filter(
				(row) => (from === undefined || Number(row.value) >= Number(from)) && (to === undefined || Number(row.value) <= Number(to)),
			);
		}
		for (const field of ['created_at', 'estimated_end_at', 'closed_at']) {
			const dated = this.dateRange(rows, p[field], field, field);
			if (!Array.isArray(dated)) return dated;
			rows = dated;
		}
		rows = this.withQuery(rows, p.query, ['title']);
		rows = rows.map((row) => ({
			...row,
			...(p.with_company === true ? { company: this.companies.find((company) => company.id === row.company_id) ?? null } : {}),
			...(p.with_user === true ? { user: { id: row.user_id } } : {}),
		}));
		return this.page(rows, p, 'opportunities');
	}

	private createOpportunity(p: Params): Reply {
		const profile = this.profileOf(p);
		if (typeof profile !== 'number') return profile;
		const missing = this.missing(p, [
			'user_id',
			'title',
			'value',
			'estimated_end_at',
			'prospect_type',
			'operation_type',
			'stage_id',
			'company_id',
			'contact_id',
		]);
		if (missing) return missing;
		const end = fromCrmDate(p.estimated_end_at);
		if (!end) return fail('Invalid date in estimated_end_at: use the format DD/MM/YY');
		if (p.want_products === true && (!Array.isArray(p.products) || p.products.length === 0)) {
			return fail('products are required when want_products is true');
		}
		const { profile_id: _profile, notify: _notify, comment: _comment, ...fields } = p;
		return ok({ opportunity: this.addOpportunity({ ...fields, estimated_end_at: end, profile_id: profile }) });
	}

	private getOpportunity(p: Params): Reply {
		const profile = this.profileOf(p);
		if (typeof profile !== 'number') return profile;
		const opportunity = this.opportunities.find((row) => row.profile_id === profile && row.id === Number(p.opportunity_id));
		if (!opportunity) return fail('Opportunity not found');
		return ok({
			opportunity: {
				...opportunity,
				...(p.with_company === true ? { company: this.companies.find((company) => company.id === opportunity.company_id) ?? null } : {}),
			},
		});
	}

	private listTickets(p: Params): Reply {
		const profile = this.profileOf(p);
		if (typeof profile !== 'number') return profile;
		return ok({ tickets: this.tickets.filter((row) => row.profile_id === profile) });
	}

	private createTicket(p: Params): Reply {
		const profile = this.profileOf(p);
		if (typeof profile !== 'number') return profile;
		const missing = this.missing(p, [
			'title',
			'description',
			'company_id',
			'user_id',
			'origin_id',
			'case_id',
			'priority_id',
			'estimated_end_at',
		]);
		if (missing) return missing;
		if (!/^\d{4}-\d{2}-\d{2}$/.test(String(p.estimated_end_at))) {
			return fail('Invalid date in estimated_end_at: use the format YYYY-MM-DD');
		}
		const { profile_id: _profile, notify: _notify, comment: _comment, ...fields } = p;
		return ok({ ticket: this.addTicket({ ...fields, profile_id: profile }) });
	}
}
