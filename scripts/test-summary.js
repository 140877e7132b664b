// Prints the totals of one or more jest --json result files as one plain closing line CI can read.
const fs = require('fs');

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
	if (!fs.existsSync(file)) {
		failed += 1; // a suite that wrote no results did not pass
		continue;
	}
	const results = JSON.parse(fs.readFileSync(file, 'utf8'));
	passed += results.numPassedTests;
	failed += results.numFailedTests + results.numRuntimeErrorTestSuites;
	skipped += results.numPendingTests + results.numTodoTests;
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
