import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { handleApiResponse } from '../../../shared/errors';
import { guardOperations, idList, invalidField, isNumericId, validate } from '../../../shared/validation';
import { checkCustomerId, customerLocator } from '../../GenericFunctions';

/**
 * Assay and panel discounts are the same API shape under two names
 * (`/customer/{id}/assays` with `assay_discounts` / `assay_ids`, and the same for panels),
 * so one description serves both resources.
 */
interface DiscountKind {
	/** resource value in the node: assayDiscount | panelDiscount */
	resource: string;
	/** Assay | Panel */
	label: string;
	/** path segment: assays | panels */
	path: string;
	/** API key prefix: assay | panel */
	key: string;
}

interface DiscountEntry {
	itemId?: number | string;
	basePrice?: number;
	discount?: number;
}

function discountsBody(kind: DiscountKind) {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		const entries = (this.getNodeParameter('discounts.discount', []) as DiscountEntry[]) ?? [];
		if (entries.length === 0) throw invalidField(this, 'Discounts', 'add at least one discount');
		const discounts = entries.map((entry, index): IDataObject => {
			const field = `Discounts › Discount ${index + 1}`;
			if (!isNumericId(entry.itemId)) {
				throw invalidField(this, `${field} › ${kind.label} ID`, `"${String(entry.itemId ?? '')}" is not a numeric ID`);
			}
			for (const [name, value] of [['Base Price', entry.basePrice], ['Discount', entry.discount]] as const) {
				if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value) || value < 0)) {
					throw invalidField(this, `${field} › ${name}`, `"${String(value)}" is not a non-negative number`);
				}
			}
			return {
				[`${kind.key}_id`]: Number(entry.itemId),
				...(entry.basePrice !== undefined ? { base_price: entry.basePrice } : {}),
				...(entry.discount !== undefined ? { discount: entry.discount } : {}),
			};
		});
		request.body = { [`${kind.key}_discounts`]: discounts };
		return request;
	};
}

function deleteQuery(kind: DiscountKind) {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		const ids = idList(this, this.getNodeParameter('itemIds', ''), `${kind.label} IDs`);
		// QBench repeats the key: assay_ids=1&assay_ids=2 (see arrayFormat on the request)
		request.qs = { ...(request.qs ?? {}), [`${kind.key}_ids`]: ids };
		return request;
	};
}

export function discountOperations(kind: DiscountKind): INodeProperties[] {
	const url = `=/customer/{{$parameter.customerId}}/${kind.path}`;
	const lower = kind.label.toLowerCase();
	const operations: INodeProperties[] = [
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [kind.resource] } },
			default: 'create',
			options: [
				{
					name: 'Create',
					value: 'create',
					action: `Create ${lower} discounts for a customer`,
					description: `Add customer-${lower} discount items`,
					routing: {
						request: { method: 'POST', url },
						send: { preSend: [validate(checkCustomerId), discountsBody(kind)] },
						output: { postReceive: [handleApiResponse] },
					},
				},
				{
					name: 'Delete',
					value: 'delete',
					action: `Delete ${lower} discounts of a customer`,
					description: `Remove customer-${lower} discount items by ${lower} ID`,
					routing: {
						request: { method: 'DELETE', url, arrayFormat: 'repeat' },
						send: { preSend: [validate(checkCustomerId), deleteQuery(kind)] },
						output: { postReceive: [handleApiResponse] },
					},
				},
				{
					name: 'Update',
					value: 'update',
					action: `Update ${lower} discounts of a customer`,
					description: `Change existing customer-${lower} discount items`,
					routing: {
						request: { method: 'PATCH', url },
						send: { preSend: [validate(checkCustomerId), discountsBody(kind)] },
						output: { postReceive: [handleApiResponse] },
					},
				},
			],
		},
	];
	// input checked against the field descriptions before sending; errors bounded and free of secrets
	guardOperations(operations, discountFields(kind));
	return operations;
}

export function discountFields(kind: DiscountKind): INodeProperties[] {
	const show = (...operation: string[]) => ({ resource: [kind.resource], operation });
	const lower = kind.label.toLowerCase();
	return [
		customerLocator(show('create', 'update', 'delete')),
		{
			displayName: 'Discounts',
			name: 'discounts',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Discount',
			default: {},
			required: true,
			displayOptions: { show: show('create', 'update') },
			options: [
				{
					displayName: 'Discount',
					name: 'discount',
					values: [
						{
							displayName: `${kind.label} ID`,
							name: 'itemId',
							type: 'number',
							default: 0,
							required: true,
						},
						{
							displayName: 'Base Price',
							name: 'basePrice',
							type: 'number',
							typeOptions: { minValue: 0, numberPrecision: 2 },
							default: 0,
						},
						{
							displayName: 'Discount',
							name: 'discount',
							type: 'number',
							typeOptions: { minValue: 0, numberPrecision: 2 },
							default: 0,
						},
					],
				},
			],
		},
		{
			displayName: `${kind.label} IDs`,
			name: 'itemIds',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 1, 2',
			description: `Comma-separated IDs of the ${lower}s whose discounts to delete`,
			displayOptions: { show: show('delete') },
		},
	];
}

export const assayDiscount: DiscountKind = { resource: 'assayDiscount', label: 'Assay', path: 'assays', key: 'assay' };
export const panelDiscount: DiscountKind = { resource: 'panelDiscount', label: 'Panel', path: 'panels', key: 'panel' };
