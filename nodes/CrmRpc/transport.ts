import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	INode,
	INodeExecutionData,
	IPollFunctions,
	PostReceiveAction,
} from 'n8n-workflow';

import { leaveOutEmpty } from '../shared/bodyRules';
import { credentialSecrets, withoutTrailingSlash } from '../shared/credentials';
import { apiError, OWN_REQUEST_TIMEOUT_MS } from '../shared/errors';
import { parseJson } from '../shared/json';
import type { NodeDialect } from '../shared/operations';
import { pageLoop } from '../shared/pagination';
import { CRMRPC_CREDENTIAL, withApiMessage, withSession } from './session';

export type CrmService = 'Auth' | 'Profiles' | 'Companies' | 'Contacts' | 'Products' | 'Opportunities' | 'Tickets';

/**
 * The URL path of a service. The doc names services and methods but no URL: we read every
 * call as `POST {baseUrl}/{service in lowercase}`. This is the only place that decides it,
 * so a different routing is a one-line change here.
 */
export function serviceUrl(service: CrmService): string {
	return `/${service.toLowerCase()}`;
}

/**
 * The `response` of a CrmRpc envelope `{success, response, error}`. The API reports business
 * errors with HTTP 200 and `success: false`: those become a NodeApiError with the API's `error`.
 * (The doc gives no wording for an invalid or expired session in the envelope, so only HTTP 401
 * renews the session; see docs/crmrpc.md.)
 */
function rpcResponse(
	node: INode,
	body: unknown,
	options: { itemIndex?: number; secrets?: string[] } = {},
): IDataObject {
	const envelope = (typeof body === 'string' ? parseJson(body) : body) as IDataObject | undefined;
	if (!envelope || typeof envelope !== 'object' || Array.isArray(envelope)) {
		throw apiError(node, 200, { error: 'CrmRpc answered with something that is not a JSON envelope' }, options);
	}
	if (envelope.success === false) {
		const error = envelope.error ?? envelope.message ?? 'CrmRpc answered success: false without an error text';
		throw apiError(node, 200, { ...envelope, error }, options);
	}
	const response = envelope.response;
	return response && typeof response === 'object' ? (response as IDataObject) : {};
}

/**
 * The output step of every operation: an HTTP error status or `success: false` becomes a
 * NodeApiError with the API's own text (the credential's secrets removed); otherwise `root` is
 * the key of `response` holding the result (`companies`, `company` …): a list becomes one item
 * per record, an object one item. Without `root` the whole envelope is kept (the paging reads
 * `response.last_page` from it).
 */
export function rpcResult(root?: string): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		const where = { itemIndex: this.getItemIndex() };
		const envelope = response.body as IDataObject | undefined;
		const failed = response.statusCode >= 400 || !envelope || typeof envelope !== 'object' || envelope.success === false;
		// the credential is read (decrypted) only when there is an error text to clean
		const secrets = failed ? await credentialSecrets(this) : [];
		if (response.statusCode >= 400) {
			throw apiError(this.getNode(), response.statusCode, response.body, { ...where, secrets, headers: response.headers });
		}
		const data = rpcResponse(this.getNode(), response.body, { ...where, secrets });
		if (!root) return [{ json: envelope as IDataObject }];
		const result = data[root];
		if (Array.isArray(result)) return result.map((json) => ({ json: json as IDataObject }));
		if (result && typeof result === 'object') return [{ json: result as IDataObject }];
		return [];
	};
}

/** Empty parameters are not sent (an unset optional field, an added filter left blank). */
const dropEmptyParameters = leaveOutEmpty({ trim: true, within: 'parameters' });

/** The paging of GetCompanies / GetContacts / GetOpportunities: `page` / `pagination` (up to 500) in `parameters`, `response.last_page`. */
function pages(root: string) {
	return {
		in: 'body',
		pageParam: 'parameters.page',
		sizeParam: 'parameters.pagination',
		firstPage: 1,
		maxPageSize: 500,
		records: (body: IDataObject) => {
			const records = (body.response as IDataObject | undefined)?.[root];
			return Array.isArray(records) ? (records as IDataObject[]) : [];
		},
		lastPage: (body: IDataObject) => {
			const last = Number((body.response as IDataObject | undefined)?.last_page);
			return Number.isFinite(last) ? last : undefined;
		},
	} as const;
}

/**
 * How CrmRpc's operations read answers and travel: every call is `POST /{service}` with
 * `{"method", "parameters"}` (empty parameters dropped), answered in the envelope read by
 * rpcResult; every request goes through the run's session (session.ts), the page loops of the
 * paged lists included, and a page loop reads the envelope whole (its `last_page`).
 */
export const crmRpc: NodeDialect = {
	answer: (root, row) => [rpcResult(row.list === 'paged' ? undefined : root)],
	pages: (root, optionsName) => pageLoop(pages(root ?? ''), optionsName),
	around: withSession,
	bodyRule: [dropEmptyParameters],
};

/**
 * One RPC call outside the declarative routing (dropdowns, list search, trigger). An error
 * status throws inside n8n's helper, which logs in again on a 401 and resends once, exactly as
 * for the operations. (So not nodes/shared/request.ts: it ignores error statuses, and a 401
 * would then never renew the session.)
 */
export async function rpcCall(
	this: ILoadOptionsFunctions | IPollFunctions,
	service: CrmService,
	method: string,
	parameters: IDataObject = {},
): Promise<IDataObject> {
	const credentials = await this.getCredentials(CRMRPC_CREDENTIAL);
	const request: IHttpRequestOptions = {
		method: 'POST',
		url: `${withoutTrailingSlash(credentials.baseUrl)}${serviceUrl(service)}`,
		headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
		body: { method, parameters },
		json: true,
		timeout: OWN_REQUEST_TIMEOUT_MS,
	};
	const body = await this.helpers.httpRequestWithAuthentication.call(this, CRMRPC_CREDENTIAL, request).then(
		(answer: unknown) => ({ answer }),
		async (error: unknown) => ({ error: withApiMessage(error, this.getNode(), { secrets: await credentialSecrets(this) }) }),
	);
	if ('error' in body) throw body.error;
	const envelope = body.answer as IDataObject | undefined;
	// the credential is read (decrypted) only when there is an error text to clean
	const secrets = envelope && typeof envelope === 'object' && envelope.success !== false ? [] : await credentialSecrets(this);
	return rpcResponse(this.getNode(), envelope, { secrets });
}
