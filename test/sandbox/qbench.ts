import { FakeServer, json, type Reply, type SandboxRequest } from './server';

/** QBench answers mutations with this literal text, which is not valid JSON (doc quirk). */
export const QBENCH_OK_TEXT = '{"message": OK}';
export const QBENCH_PATH = '/qbench/api/v1';

export interface QBenchCustomer {
	id: number;
	customer_name: string;
	address: string | null;
	phone: string | null;
	fax: string | null;
	comments: string | null;
	tags: string[];
}

export interface CustomerContactLink {
	receive_email: boolean;
	receive_invoice_email: boolean;
	portal_user: boolean;
}

export interface QBenchContact {
	id: number;
	first_name: string;
	last_name: string;
	email_address: string;
}

export interface Discount {
	base_price: number | null;
	discount: number | null;
}

const okText = (): Reply => ({ status: 200, text: QBENCH_OK_TEXT });
const error = (status: number, message: string) => json(status, { message });

const NAMES = ['Acme Labs', 'Northwind Foods', 'Blue Ridge Water', 'Cascade Hemp', 'Delta Dairy', 'Evergreen Farms'];

/** A stateful QBench fake: customers (130 seeded), contacts (20), assay and panel discounts. */
export class QBenchSandbox extends FakeServer {
	readonly customers = new Map<number, QBenchCustomer>();

	readonly contacts = new Map<number, QBenchContact>();

	/** customer id → contact id → flags */
	readonly links = new Map<number, Map<number, CustomerContactLink>>();

	/** `${customerId}:assay` / `${customerId}:panel` → item id → discount */
	readonly discounts = new Map<string, Map<number, Discount>>();

	private nextId = 1;

	constructor(
		readonly token = 'qbench-demo-token',
		seedCustomers = 130,
	) {
		super('QBench', QBENCH_PATH);
		for (let i = 1; i <= 20; i++) {
			this.contacts.set(i, { id: i, first_name: `First${i}`, last_name: `Last${i}`, email_address: `contact${i}@example.com` });
		}
		this.seed(seedCustomers);
		this.setRoutes();
	}

	/** The n8n credential data that works against this sandbox once started. */
	demoCredentials() {
		return { url: this.url, accessToken: this.token };
	}

	seed(count: number) {
		for (let i = 0; i < count; i++) {
			this.addCustomer({ customer_name: `${NAMES[i % NAMES.length]} ${String(i + 1).padStart(3, '0')}` });
		}
	}

	addCustomer(fields: Partial<QBenchCustomer> & { customer_name: string }): QBenchCustomer {
		const customer: QBenchCustomer = {
			id: this.nextId++,
			address: null,
			phone: null,
			fax: null,
			comments: null,
			tags: [],
			...fields,
		};
		this.customers.set(customer.id, customer);
		return customer;
	}

	private setRoutes() {
		this.on('GET', '/customer', (r) => this.list(r));
		this.on('POST', '/customer', (r) => this.create(r));
		this.on('POST', '/customer/contacts/add', (r) => this.addContacts(r));
		this.on('POST', '/customer/contact/remove', (r) => this.removeContact(r));
		this.on('GET', '/customer/:id', (r) => this.get(r));
		this.on('PUT', '/customer/:id', (r) => this.update(r));
		this.on('DELETE', '/customer/:id', (r) => this.remove(r));
		for (const kind of ['assay', 'panel'] as const) {
			const pattern = `/customer/:id/${kind}s`;
			this.on('POST', pattern, (r) => this.saveDiscounts(r, kind, 'create'));
			this.on('PATCH', pattern, (r) => this.saveDiscounts(r, kind, 'update'));
			this.on('DELETE', pattern, (r) => this.deleteDiscounts(r, kind));
		}
	}

	protected authorize(request: SandboxRequest): Reply | undefined {
		if (request.headers.authorization !== `Bearer ${this.token}`) return error(401, 'Invalid or expired access token');
		return undefined;
	}

	private customerOr404(idText: unknown): QBenchCustomer | Reply {
		const id = Number(idText);
		const customer = Number.isInteger(id) ? this.customers.get(id) : undefined;
		return customer ?? error(404, `Customer ${String(idText)} not found`);
	}

	private list(request: SandboxRequest): Reply {
		const page = Number(request.query.page_num ?? 1);
		const size = Number(request.query.page_size ?? 50);
		if (!Number.isInteger(page) || page < 1) return error(400, 'page_num must be a positive integer');
		if (!Number.isInteger(size) || size < 1 || size > 50) return error(400, 'Maximum page size is 50');
		const all = [...this.customers.values()];
		return json(200, {
			total_count: all.length,
			total_pages: Math.max(1, Math.ceil(all.length / size)),
			data: all.slice((page - 1) * size, page * size),
		});
	}

	private get(request: SandboxRequest): Reply {
		const customer = this.customerOr404(request.params.id);
		return 'id' in customer ? json(200, customer) : customer;
	}

	/** Applies customer fields and the contacts list; returns an error reply or undefined. */
	private applyFields(customer: QBenchCustomer, body: Record<string, unknown>): Reply | undefined {
		if (body.tags !== undefined && (!Array.isArray(body.tags) || body.tags.some((tag) => typeof tag !== 'string'))) {
			return error(400, 'tags must be a list of strings');
		}
		if (body.contacts !== undefined) {
			if (!Array.isArray(body.contacts)) return error(400, 'contacts must be a list');
			const links = new Map<number, CustomerContactLink>();
			for (const contact of body.contacts as Array<Record<string, unknown>>) {
				const existing = this.contacts.get(Number(contact.id));
				if (!existing) return error(400, `Contact ${String(contact.id)} does not exist`);
				for (const key of ['first_name', 'last_name', 'email_address'] as const) {
					if (typeof contact[key] === 'string') existing[key] = contact[key] as string;
				}
				links.set(existing.id, { receive_email: false, receive_invoice_email: false, portal_user: false });
			}
			// updating the contacts list overwrites the previous one (doc)
			this.links.set(customer.id, links);
		}
		for (const key of ['customer_name', 'address', 'phone', 'fax', 'comments', 'tags'] as const) {
			if (body[key] !== undefined) (customer as unknown as Record<string, unknown>)[key] = body[key];
		}
		return undefined;
	}

	private create(request: SandboxRequest): Reply {
		const body = (request.body ?? {}) as Record<string, unknown>;
		if (typeof body.customer_name !== 'string' || !body.customer_name.trim()) {
			return error(400, 'customer_name is required');
		}
		const customer = this.addCustomer({ customer_name: body.customer_name });
		const failed = this.applyFields(customer, body);
		if (failed) {
			this.customers.delete(customer.id);
			return failed;
		}
		return json(200, { id: customer.id });
	}

	private update(request: SandboxRequest): Reply {
		const found = this.customerOr404(request.params.id);
		if (!('id' in found)) return found;
		const body = (request.body ?? {}) as Record<string, unknown>;
		if ('customer_name' in body && (typeof body.customer_name !== 'string' || !body.customer_name.trim())) {
			return error(400, 'customer_name cannot be null');
		}
		const failed = this.applyFields(found, body);
		return failed ?? json(200, { message: 'OK' });
	}

	private remove(request: SandboxRequest): Reply {
		const found = this.customerOr404(request.params.id);
		if (!('id' in found)) return found;
		this.customers.delete(found.id);
		this.links.delete(found.id);
		return json(200, { message: 'OK' });
	}

	private addContacts(request: SandboxRequest): Reply {
		const body = (request.body ?? {}) as Record<string, unknown>;
		const found = this.customerOr404(body.id);
		if (!('id' in found)) return found;
		const contacts = body.contacts;
		if (!contacts || typeof contacts !== 'object' || Array.isArray(contacts) || !Object.keys(contacts).length) {
			return error(400, 'contacts must be an object keyed by contact ID');
		}
		const links = this.links.get(found.id) ?? new Map<number, CustomerContactLink>();
		for (const [idText, flags] of Object.entries(contacts as Record<string, Record<string, unknown>>)) {
			if (!this.contacts.has(Number(idText))) return error(400, `Contact ${idText} does not exist`);
			links.set(Number(idText), {
				receive_email: flags.receive_email === true,
				receive_invoice_email: flags.receive_invoice_email === true,
				portal_user: flags.portal_user === true,
			});
		}
		this.links.set(found.id, links);
		return okText();
	}

	private removeContact(request: SandboxRequest): Reply {
		const body = (request.body ?? {}) as Record<string, unknown>;
		const found = this.customerOr404(body.id);
		if (!('id' in found)) return found;
		const links = this.links.get(found.id);
		if (!links?.delete(Number(body.contact_id))) {
			return error(404, `Contact ${String(body.contact_id)} is not linked to customer ${found.id}`);
		}
		return okText();
	}

	private saveDiscounts(request: SandboxRequest, kind: 'assay' | 'panel', mode: 'create' | 'update'): Reply {
		const found = this.customerOr404(request.params.id);
		if (!('id' in found)) return found;
		const items = (request.body ?? {})[`${kind}_discounts`];
		if (!Array.isArray(items) || items.length === 0) return error(400, `${kind}_discounts is required`);
		const key = `${found.id}:${kind}`;
		const table = this.discounts.get(key) ?? new Map<number, Discount>();
		for (const item of items as Array<Record<string, unknown>>) {
			const itemId = Number(item[`${kind}_id`]);
			if (!Number.isInteger(itemId)) return error(400, `${kind}_id is required for each discount`);
			if (mode === 'create' && table.has(itemId)) return error(409, `${kind} ${itemId} already has a discount`);
			if (mode === 'update' && !table.has(itemId)) return error(404, `${kind} ${itemId} has no discount to update`);
			table.set(itemId, {
				base_price: typeof item.base_price === 'number' ? item.base_price : (table.get(itemId)?.base_price ?? null),
				discount: typeof item.discount === 'number' ? item.discount : (table.get(itemId)?.discount ?? null),
			});
		}
		this.discounts.set(key, table);
		return okText();
	}

	private deleteDiscounts(request: SandboxRequest, kind: 'assay' | 'panel'): Reply {
		const found = this.customerOr404(request.params.id);
		if (!('id' in found)) return found;
		// only the repeated key is understood: assay_ids=1&assay_ids=2 (not assay_ids[]=1)
		const raw = request.query[`${kind}_ids`];
		if (raw === undefined) return error(400, `${kind}_ids is required`);
		const ids = ([] as string[]).concat(raw).map(Number);
		const table = this.discounts.get(`${found.id}:${kind}`);
		for (const id of ids) {
			if (!table?.has(id)) return error(404, `${kind} ${id} has no discount`);
		}
		for (const id of ids) table!.delete(id);
		return okText();
	}
}
