// The AI agent example run from the n8n editor in headless Chromium (playwright-core), for the
// README's screenshot: log in, open the workflow, execute it, open the agent's output.
import { mkdirSync } from 'node:fs';
import path from 'node:path';

import { chromium, selectors, type Page } from 'playwright-core';

import { CHROMIUM, SCREENSHOT_DIR } from './browser';

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

export interface AgentRunInEditor {
	executionSucceeded: boolean;
	/** text of the agent node's output panel (contains the model's final answer) */
	agentOutputText: string;
	screenshot: string;
}

async function signIn(page: Page, baseUrl: string, email: string, password: string) {
	await page.goto(`${baseUrl}/signin`);
	await page.locator('input[type="email"], input[name="emailOrLdapLoginId"]').first().fill(email);
	await page.locator('input[type="password"]').first().fill(password);
	await page.getByRole('button', { name: /sign in/i }).click();
	await page.waitForURL((url) => !url.pathname.includes('/signin'));
}

export async function runAgentInEditor(options: {
	baseUrl: string;
	email: string;
	password: string;
	workflowId: string;
	agentNodeName: string;
	/** where to save the picture of the run (the canvas) */
	screenshot: string;
	/** where to save a picture of the agent's output panel too (optional) */
	outputScreenshot?: string;
}): Promise<AgentRunInEditor> {
	mkdirSync(path.dirname(options.screenshot), { recursive: true });
	selectors.setTestIdAttribute('data-test-id');
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
	const { screenshot } = options;
	try {
		const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
		page.setDefaultTimeout(30_000);
		await signIn(page, options.baseUrl, options.email, options.password);
		await page.goto(`${options.baseUrl}/workflow/${options.workflowId}`);
		await page.getByTestId('canvas-node').first().waitFor();
		await page.keyboard.press('Escape');

		await page.getByTestId('execute-workflow-button').click();
		let executionSucceeded = true;
		try {
			await page.getByText(/workflow executed successfully/i).first().waitFor({ timeout: 90_000 });
		} catch {
			executionSucceeded = false;
		}
		// let the success notice settle: the picture is the canvas, every tool with its run count
		await page.waitForTimeout(1500);
		await page.screenshot({ path: screenshot });
		// the agent's output: open the node, whose output panel shows the final answer
		await page.locator(`[data-test-id="canvas-node"][data-node-name="${options.agentNodeName}"]`).dblclick();
		const ndv = page.getByTestId('ndv');
		await ndv.waitFor();
		const output = page.getByTestId('output-panel');
		await output.getByText(/Here is what the tools returned/).first().waitFor({ timeout: 30_000 });
		const agentOutputText = await output.innerText();
		if (options.outputScreenshot) await page.screenshot({ path: options.outputScreenshot });
		return { executionSucceeded, agentOutputText, screenshot };
	} catch (error) {
		const [page] = browser.contexts().flatMap((context) => context.pages());
		if (page) await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'agent-failure.png') }).catch(() => undefined);
		throw error;
	} finally {
		await browser.close();
	}
}
