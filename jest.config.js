/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	// the end-to-end suite runs a real n8n: npm run test:e2e
	testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
	transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: true }] },
	setupFiles: ['<rootDir>/test/helpers/environment.ts'],
	testTimeout: 30000,
};
