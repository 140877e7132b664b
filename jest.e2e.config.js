/** End-to-end suite: a real n8n (npm run test:e2e). */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test/e2e'],
	testMatch: ['**/*.test.ts'],
	transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: true }] },
	setupFiles: ['<rootDir>/test/helpers/environment.ts'],
	testTimeout: 20 * 60_000,
	maxWorkers: 1,
};
