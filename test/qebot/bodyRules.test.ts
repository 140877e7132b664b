import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { cardNumberAt, cvvAt, emailAt, notEmptied, placesAt, somethingToUpdate } from '../../nodes/shared/bodyRules';
import { cardNumberProblem, emailProblem } from '../../nodes/shared/described';

/* The shared body rules (nodes/shared/bodyRules.ts), which Qebot uses first; the node's tests drive them end to end. */

const context = {
	getNode: () => ({ name: 'Qebot', type: 'qebot', typeVersion: 1, position: [0, 0], parameters: { resource: 'billing', operation: 'update' } }),
	getItemIndex: () => 0,
} as unknown as IExecuteSingleFunctions;

const run = async (rule: (this: IExecuteSingleFunctions, request: IHttpRequestOptions) => Promise<IHttpRequestOptions>, body: IDataObject) =>
	await rule.call(context, { url: '/x', body });

describe('shared body rules', () => {
	test('placesAt reads dotted paths and every row of a list', () => {
		const body = { a: { b: 1 }, rows: [{ c: 1 }, { d: 2 }, { c: 3 }] };
		expect(placesAt(body, 'a.b').map(({ holder, key }) => holder[key])).toEqual([1]);
		expect(placesAt(body, 'rows[].c').map(({ holder, key, index }) => [holder[key], index])).toEqual([[1, 0], [3, 2]]);
		expect(placesAt(body, 'missing.x')).toEqual([]);
	});

	test('one e-mail and one card-number rule for parameters and bodies; the card number is never quoted', async () => {
		expect(emailProblem(' ada@example.com ')).toBeUndefined();
		expect(emailProblem('ada')).toBe('"ada" is not an email address');
		expect(cardNumberProblem('4111 1111-1111 1111')).toBeUndefined();
		await expect(run(emailAt('user.email', 'Email'), { user: { email: 'nope' } })).rejects.toThrow(`Invalid 'Email': "nope" is not an email address`);
		const refused = run(cardNumberAt('card'), { card: '4111 11' });
		await expect(refused).rejects.toThrow("Invalid 'Card Number': a card number has 12 to 19 digits");
		await expect(refused.catch((error: Error) => JSON.stringify(error) + error.message)).resolves.not.toContain('4111');
		await expect(run(cvvAt('cvv'), { cvv: '12' })).rejects.toThrow("Invalid 'CVV': a security code has 3 or 4 digits");
		// absent fields are not checked
		await expect(run(cardNumberAt('card'), {})).resolves.toEqual({ url: '/x', body: {} });
	});

	test('an update needs a field, and a field may be left out but not emptied', async () => {
		await expect(run(somethingToUpdate(), {})).rejects.toThrow("Invalid 'Update Fields': set at least one field to update");
		await expect(run(notEmptied({ name: 'Name' }), { name: ' ' })).rejects.toThrow("Invalid 'Name': it cannot be empty");
		await expect(run(notEmptied({ name: 'Name' }), { status: 'active' })).resolves.toBeDefined();
	});
});
