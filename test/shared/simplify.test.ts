import type { IDataObject, IExecuteSingleFunctions, INodeProperties, INodeTypeDescription } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { MAX_SIMPLIFIED_FIELDS, simplified, simplifyProperties } from '../../nodes/shared/simplify';

/** Simplify for people, n8n's Output choice for AI agents: which one shows, and what each returns. */

const wide: IDataObject = Object.fromEntries(Array.from({ length: 14 }, (_, index) => [`field${index}`, index]));
wide.address = { city: 'Austin', zip: '78701' };
const short = (record: IDataObject) => ({ ...record });

function context(type: string, parameters: IDataObject): IExecuteSingleFunctions {
	return {
		getNode: () => ({ id: 'n', name: 'Node', type, typeVersion: 1, position: [0, 0], parameters }),
		getNodeParameter: (name: string, fallback: unknown) => (name in parameters ? parameters[name] : fallback),
		getItemIndex: () => 0,
	} as unknown as IExecuteSingleFunctions;
}

const shape = (type: string, parameters: IDataObject) =>
	simplified('lead', short).call(context(type, { resource: 'lead', operation: 'getAll', ...parameters }), [{ json: { ...wide } }]);

describe('Simplify and Output', () => {
	const properties = simplifyProperties('lead', ['get', 'getAll']);
	const shown = (nodeName: string) =>
		properties
			.filter((property: INodeProperties) =>
				NodeHelpers.displayParameter({ resource: 'lead', operation: 'getAll', leadOutput: 'selected' }, property, null, { name: nodeName } as INodeTypeDescription),
			)
			.map((property) => property.displayName);

	test('people see Simplify; an AI agent\'s tool sees Output (and Fields for Selected Fields)', () => {
		expect(shown('qebot')).toEqual(['Simplify']);
		expect(shown('qebotTool')).toEqual(['Output', 'Fields']);
	});

	test('Simplify on (the default): at most 10 fields', () => {
		const [item] = shape('pkg.qebot', {});
		expect(Object.keys(item.json)).toHaveLength(MAX_SIMPLIFIED_FIELDS);
		expect(item.json.field0).toBe(0);
	});

	test('Simplify off: the record as the API gave it', () => {
		const [item] = shape('pkg.qebot', { leadSimplify: false });
		expect(item.json).toEqual(wide);
	});

	test('as a tool, Output Simplified (the default) is the short record; Simplify is not read', () => {
		const [item] = shape('pkg.qebotTool', { leadSimplify: false });
		expect(Object.keys(item.json)).toHaveLength(MAX_SIMPLIFIED_FIELDS);
	});

	test('as a tool, Output Raw is the whole record', () => {
		const [item] = shape('pkg.qebotTool', { leadOutput: 'raw' });
		expect(item.json).toEqual(wide);
	});

	test('as a tool, Output Selected Fields keeps the named fields, dotted paths inside objects', () => {
		const [item] = shape('pkg.qebotTool', { leadOutput: 'selected', leadOutputFields: 'field3, address.city, missing' });
		expect(item.json).toEqual({ field3: 3, 'address.city': 'Austin' });
	});

	test('Selected Fields without a field is refused, naming the field', () => {
		expect(() => shape('pkg.qebotTool', { leadOutput: 'selected', leadOutputFields: ' , ' })).toThrow(/Fields/);
	});
});
