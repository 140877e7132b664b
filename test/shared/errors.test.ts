import type { INode } from 'n8n-workflow';

import { apiError } from '../../nodes/shared/errors';

// What the user reads when an API refuses a call (issue 15: repeated text, doubled full stops)
const node: INode = { id: '1', name: 'Node', type: 'n8n-nodes-qebot-pack.qebot', typeVersion: 1, position: [0, 0], parameters: {} };

describe('API error messages', () => {
	test('a Rails answer that says the same thing in message and errors says it once', () => {
		const error = apiError(node, 422, {
			message: 'Validation failed: username has already been taken',
			errors: { username: ['has already been taken'] },
		});
		expect(error.message).toBe('Validation failed: username has already been taken');
		expect(error.httpCode).toBe('422');
	});

	test('different parts are all kept, in order', () => {
		const error = apiError(node, 422, { message: 'Validation failed', errors: { email: ['is invalid'], name: ["can't be blank"] } });
		expect(error.message).toBe("Validation failed; email is invalid; name can't be blank");
	});

	test('a message that ends a sentence is not given a second full stop before the hint', () => {
		const error = apiError(node, 401, { error: 'invalid.' });
		expect(error.description).toMatch(/^HTTP 401: invalid\. The API refused the credential/);
		expect(error.description).not.toMatch(/\.\./);
	});

	test('a message without a full stop gets one before the hint, and none without a hint', () => {
		expect(apiError(node, 404, { message: 'No such brand' }).description).toMatch(/^HTTP 404: No such brand\. Not found/);
		expect(apiError(node, 200, { error: 'Company not found' }).description).toBe('HTTP 200: Company not found');
	});
});
