// Drives the n8n editor in headless Chromium (Debian's chromium, playwright-core): log in, find the
// pack's nodes in the node panel, open a node and its dropdowns, run an example, take screenshots.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

import { chromium, selectors, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.resolve(__dirname, '..', '..', 'docs', 'screenshots');

/** Flags for a closed network (background fetches to Google would fail at every start). */
const CHROMIUM_ARGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage',
];

export interface EditorCheck {
	baseUrl: string;
	email: string;
	password: string;
	/** workflow to open and run (manual trigger example) */
	workflowId: string;
	/** node of that workflow to open: resource/operation and one dropdown loaded from the API */
	nodeName: string;
	/** the parameter name of a dropdown filled by loadOptions/listSearch */
	dropdownParameter: string;
	/** text expected among the dropdown's options (comes from the sandbox) */
	dropdownOptionText: string;
	/** text to type in the node panel search */
	nodePanelSearch: string;
}

export interface EditorResult {
	nodePanelItems: string[];
	resourceText: string;
	operationText: string;
	dropdownOptions: string[];
	executionSucceeded: boolean;
	screenshots: string[];
}

async function shot(page: Page, name: string, taken: string[]) {
	const file = path.join(SCREENSHOT_DIR, `${name}.png`);
	await page.screenshot({ path: file });
	taken.push(file);
}

export async function checkEditor(check: EditorCheck): Promise<EditorResult> {
	if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium)`);
	mkdirSync(SCREENSHOT_DIR, { recursive: true });
	// n8n's editor marks its elements with data-test-id
	selectors.setTestIdAttribute('data-test-id');
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
	const screenshots: string[] = [];
	try {
		const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
		page.setDefaultTimeout(30_000);

		await page.goto(`${check.baseUrl}/signin`);
		await page.locator('input[type="email"], input[name="emailOrLdapLoginId"]').first().fill(check.email);
		await page.locator('input[type="password"]').first().fill(check.password);
		await page.getByRole('button', { name: /sign in/i }).click();
		await page.waitForURL((url) => !url.pathname.includes('/signin'));

		// the node panel finds the pack's nodes
		await page.goto(`${check.baseUrl}/workflow/${check.workflowId}`);
		await page.getByTestId('canvas-node').first().waitFor();
		await page.keyboard.press('Escape');
		await page.getByTestId('node-creator-plus-button').click();
		await page.getByTestId('node-creator-search-bar').fill(check.nodePanelSearch);
		const items = page.getByTestId('node-creator-item-name');
		await items.filter({ hasText: check.nodePanelSearch }).first().waitFor();
		const nodePanelItems = (await items.allInnerTexts()).map((text) => text.trim());
		await shot(page, 'node-panel', screenshots);
		await page.keyboard.press('Escape');

		// a node's settings: resource, operation and a dropdown loaded from the API
		await page.locator(`[data-test-id="canvas-node"][data-node-name="${check.nodeName}"]`).dblclick();
		const ndv = page.getByTestId('ndv');
		await ndv.waitFor();
		const resourceText = await ndv.getByTestId('parameter-input-resource').locator('input').inputValue();
		const operationText = await ndv.getByTestId('parameter-input-operation').locator('input').inputValue();
		const dropdown = ndv.getByTestId(`parameter-input-${check.dropdownParameter}`);
		await dropdown.locator('input').first().click();
		// options the editor fetched through the node's loadOptions method
		const options = page.locator('.remote-parameter-option:visible');
		await options.filter({ hasText: check.dropdownOptionText }).first().waitFor();
		const dropdownOptions = (await options.allInnerTexts()).map((text) => text.trim()).filter(Boolean);
		await shot(page, 'node-settings', screenshots);

		// back to a fresh canvas (closing the node view by keys depends on focus)
		await page.goto(`${check.baseUrl}/workflow/${check.workflowId}`);
		await page.getByTestId('canvas-node').first().waitFor();

		// run the workflow and wait for n8n's success notice
		await page.getByTestId('execute-workflow-button').click();
		const succeeded = page.getByText(/workflow executed successfully/i).first();
		let executionSucceeded = true;
		try {
			await succeeded.waitFor({ timeout: 60_000 });
		} catch {
			executionSucceeded = false;
		}
		// let the success notice slide in before the picture
		await page.waitForTimeout(1500);
		await shot(page, 'finished-run', screenshots);
		return { nodePanelItems, resourceText, operationText, dropdownOptions, executionSucceeded, screenshots };
	} catch (error) {
		// what the page showed when a step failed, for whoever reads the failure
		const [page] = browser.contexts().flatMap((context) => context.pages());
		if (page) await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'failure.png') }).catch(() => undefined);
		throw error;
	} finally {
		await browser.close();
	}
}
