import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { Harness } from '../helpers/harness';
import type { FakeServer } from '../sandbox/server';
import { badInputCases, type Overrides } from './input-cases';
import { PACK, startApi } from './input-pack';
import { recordFigure } from '../helpers/figures';

/**
 * Issue 10, item 1: bad input, table-driven from the node descriptions. Every operation of
 * every node; for each field it shows, the bad values of its type, given through an expression
 * so they reach the node's own checks. Each case must stop with an error that names the field
 * and the operation as the node displays them, and nothing may reach the sandbox.
 */

/** Valid values the field type alone does not tell (checked by the baseline tests below). */
const OVERRIDES: Record<string, Overrides> = {
	qebot: {
		billingCardNumber: '4111 1111 1111 1111',
		purchaseCardNumber: '4111 1111 1111 1111',
		billingExpiryYear: '2030',
		purchaseExpiryYear: '2030',
		ssoUsername: 'valid@example.com',
		userUsername: 'valid@example.com',
		'@brand': { brandUpdateFields: { name: 'Renamed' } },
		'@business': { businessUpdateFields: { businessName: 'Renamed' } },
		'@user': { userUpdateFields: { firstName: 'Renamed' } },
		'@billing': { billingUpdateFields: { firstName: 'Renamed' } },
	},
	qBench: { '@customer': { customerUpdateFields: { customerName: 'Renamed' } } },
	crmRpc: {},
	qbdConnect: {
		'@instance': { instanceUpdateFields: { name: 'Renamed' }, instancePatchFields: { name: 'Renamed' } },
		'@subscription': { subscriptionUpdateFields: { email: 'renamed@example.com' } },
	},
};

let total = 0;
let operationCount = 0;

describe.each(PACK)('bad input: $node', (api) => {
	const description = api.nodes()[0].description;
	const { operations, cases } = badInputCases(description, OVERRIDES[api.node]);
	/** "Assay Discount › Delete": the operation as the node displays it */
	const displayed = (resource: string, operation: string) => {
		const named = (property: INodeProperties | undefined, value: string) =>
			((property?.options ?? []) as INodePropertyOptions[]).find((option) => option.value === value)?.name;
		const resources = description.properties.find((property) => property.name === 'resource');
		const operations = description.properties.find((property) => property.name === 'operation' && property.displayOptions?.show?.resource?.includes(resource));
		return `${named(resources, resource)} › ${named(operations, operation)}`;
	};
	total += cases.length;
	operationCount += operations.length;
	const bed = {} as { sandbox: FakeServer; harness: Harness };

	beforeAll(async () => Object.assign(bed, await startApi(api)));
	afterAll(async () => await bed.sandbox.stop());
	beforeEach(() => bed.sandbox.clearLog());

	test.each(operations.map((operation) => ({ ...operation, title: `${operation.resource} › ${operation.operation}` })))(
		'baseline of $title passes the checks',
		async ({ baseline }) => {
			const { items, error } = await bed.harness.run(api.node, baseline);
			expect(error?.name).not.toBe('WorkflowHasIssuesError');
			expect(error?.message ?? '').not.toMatch(/^Invalid '/);
			// it reached the API (the API may still refuse it: ids of the baseline need not exist),
			// or it is an SSO redirect, which returns its URL instead of sending
			const returnedUrl = items.some((item) => typeof item.json.url === 'string');
			expect(bed.sandbox.log.length > 0 || returnedUrl).toBe(true);
		},
	);

	test.each(cases.map((entry) => ({ ...entry, title: `${entry.resource} › ${entry.operation} › ${entry.label}: ${entry.kind}` })))(
		'$title',
		async ({ resource, operation, field, parameters, item }) => {
			const { error } = await bed.harness.run(api.node, parameters as IDataObject, { items: [item] });
			expect(error).toBeDefined();
			expect(error!.name).not.toBe('WorkflowHasIssuesError');
			// the node's own check (RoutingNode wraps its NodeOperationError without an HTTP code)
			expect(error!.httpCode).toBe('none');
			// "Company Industry" is named "Company Industries" when the field holds several
			expect(error!.message).toContain(field.replace(/y$/, ''));
			expect(error!.description).toContain(displayed(resource, operation));
			expect(bed.sandbox.log.map((entry) => `${entry.method} ${entry.path}`)).toEqual([]);
		},
	);
});

afterAll(() => {
	// the figure the README reports
	console.log(`bad-input cases: ${total} across ${operationCount} operations of ${PACK.length} nodes`);
	recordFigure('input', { cases: total, operations: operationCount, nodes: PACK.length });
});
