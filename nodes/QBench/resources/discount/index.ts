import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { idList } from '../../../shared/checks';
import { operationsProperty } from '../../../shared/operations';
import { checkRows, customerPicker } from '../../common';
import { qbench } from '../../transport';

/**
 * Assay and panel discounts are the same API shape under two names
 * (`/customer/{id}/assays` with `assay_discounts` / `assay_ids`, and the same for panels),
 * so one description serves both resources; every parameter name carries the resource.
 */
interface DiscountKind {
	/** resource value in the node: assayDiscount | panelDiscount */
	resource: string;
	/** Assay | Panel */
	label: string;
	/** API key prefix and path segment (plural): assay | panel */
	key: string;
}

/** The parameter names of one kind: `assayDiscountCustomerId`, `assayDiscounts`, `assayDiscountAssayIds`. */
function names(kind: DiscountKind) {
	return {
		customer: `${kind.resource}CustomerId`,
		discounts: `${kind.resource}s`,
		ids: `${kind.resource}${kind.label}Ids`,
		itemId: `${kind.key}Id`,
	};
}

function discountFields(kind: DiscountKind): INodeProperties[] {
	const show = (...operation: string[]) => ({ resource: [kind.resource], operation });
	const name = names(kind);
	const lower = kind.label.toLowerCase();
	return [
		customerPicker(
			name.customer,
			show('create', 'update', 'delete'),
			`The QBench customer whose ${lower} discounts to change, picked from the list or given by its numeric ID`,
		),
		{
			displayName: 'Discounts',
			name: name.discounts,
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Discount',
			default: {},
			required: true,
			description: `One row per ${lower}: its price for this customer and the discount`,
			displayOptions: { show: show('create', 'update') },
			options: [
				{
					displayName: 'Discount',
					name: 'discount',
					values: [
						{
							displayName: `${kind.label} ID`,
							name: name.itemId,
							type: 'string',
							required: true,
							default: '',
							placeholder: 'e.g. 12',
							description: `The numeric ID of the QBench ${lower}`,
						},
						{
							displayName: 'Base Price',
							name: 'basePrice',
							type: 'number',
							typeOptions: { minValue: 0, numberPrecision: 2 },
							default: 0,
							description: `The ${lower}'s base price for this customer`,
						},
						{
							displayName: 'Discount',
							name: 'discount',
							type: 'number',
							typeOptions: { minValue: 0, numberPrecision: 2 },
							default: 0,
							description: 'The discount on the base price, as QBench records it',
						},
					],
				},
			],
			routing: {
				send: {
					type: 'body',
					property: `${kind.key}_discounts`,
					value: `={{ ($value.discount || []).map(row => ({ ${kind.key}_id: Number(row.${name.itemId}), base_price: row.basePrice, discount: row.discount })) }}`,
				},
			},
		},
		{
			displayName: `${kind.label} IDs`,
			name: name.ids,
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 1, 2',
			description: `Comma-separated numeric IDs of the ${lower}s whose discounts to delete`,
			displayOptions: { show: show('delete') },
			// QBench repeats the key: assay_ids=1&assay_ids=2 (arrayFormat on the request)
			routing: {
				send: {
					type: 'query',
					property: `${kind.key}_ids`,
					value: '={{ String($value).split(",").map(id => id.trim()).filter(id => id !== "") }}',
				},
			},
		},
	];
}

/** The IDs to delete must be a list of numbers (checked on the list the field sent). */
function checkIds(kind: DiscountKind) {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		idList(this, request.qs?.[`${kind.key}_ids`], `${kind.label} IDs`);
		return request;
	};
}

function discountOperations(kind: DiscountKind, fields: INodeProperties[]): INodeProperties {
	const name = names(kind);
	const path = `/customer/{${name.customer}}/${kind.key}s`;
	const lower = kind.label.toLowerCase();
	const checkDiscounts = checkRows({
		parameter: name.discounts,
		rows: ['discount'],
		id: name.itemId,
		label: 'Discounts › Discount',
		idLabel: `${kind.label} ID`,
		emptyProblem: 'add at least one discount',
	});
	return operationsProperty(qbench, {
		resource: kind.resource,
		fields,
		default: 'create',
		rows: [
			{ value: 'create', name: 'Create', method: 'POST', path, checks: [checkDiscounts],
				action: `Create ${lower} discounts for a customer`, description: `Add a customer's prices and discounts for ${lower}s that have none yet` },
			{ value: 'delete', name: 'Delete', method: 'DELETE', path, request: { arrayFormat: 'repeat' }, checks: [checkIds(kind)],
				action: `Delete ${lower} discounts of a customer`, description: `Remove a customer's discounts for the given ${lower} IDs` },
			{ value: 'update', name: 'Update', method: 'PATCH', path, checks: [checkDiscounts],
				action: `Update ${lower} discounts of a customer`, description: `Change a customer's existing prices and discounts for ${lower}s` },
		],
	});
}

function discountResource(kind: DiscountKind): INodeProperties[] {
	const fields = discountFields(kind);
	return [discountOperations(kind, fields), ...fields];
}

export const assayDiscountProperties = discountResource({ resource: 'assayDiscount', label: 'Assay', key: 'assay' });
export const panelDiscountProperties = discountResource({ resource: 'panelDiscount', label: 'Panel', key: 'panel' });
