// Records what saved workflows depend on (see test/description/parameters.test.ts).
import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { parameterSnapshot } from '../test/description/parameters';

const file = path.join(__dirname, '..', 'test', 'description', 'parameters.snapshot.json');
writeFileSync(file, `${JSON.stringify(parameterSnapshot(), null, '\t')}\n`);
console.log(`wrote ${path.relative(process.cwd(), file)}`);
