// Runs before each test file: n8n-core reads its settings folder and keys from the environment.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

process.env.N8N_USER_FOLDER ??= mkdtempSync(path.join(tmpdir(), 'n8n-pack-test-'));
process.env.N8N_ENCRYPTION_KEY ??= 'test-encryption-key';
process.env.N8N_DIAGNOSTICS_ENABLED = 'false';
process.env.N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS = 'false';
process.env.N8N_LOG_LEVEL ??= 'silent';

// The pack's retries (issue 17, nodes/shared/retry.ts) wait for real in n8n; in these tests they
// do not sleep. Tests that check the waits record them (test/shared/retry.test.ts).
// eslint-disable-next-line import/first
import { retryClock } from '../../nodes/shared/retry';

retryClock.sleep = async () => undefined;
