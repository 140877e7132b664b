// Prints jest's totals from its --json output as one plain closing line CI can read.
const fs = require('fs');

const file = process.argv[2];
if (!fs.existsSync(file)) {
	console.log('tests: 0 passed, 1 failed (jest wrote no results)');
	process.exit(0);
}
const results = JSON.parse(fs.readFileSync(file, 'utf8'));
const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
const skipped = results.numPendingTests + results.numTodoTests;
console.log(`tests: ${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
