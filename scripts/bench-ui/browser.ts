// Browser work for scripts/bench-ui.ts: the real UI flows that seed the app (first-run setup,
// Add Credential, a second workspace) and the first-load JavaScript of a page.
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Cookie, type Page } from 'playwright-core';
import { onCleanup } from './processes';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROME_FLAGS });
  onCleanup('close the browser', () => browser.close());
  return browser;
}

async function newPage(browser: Browser, cookies: Cookie[] = []): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1350, height: 940 } });
  if (cookies.length > 0) await context.addCookies(cookies);
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  return { context, page };
}

export type Account = { name: string; email: string; password: string; workspace: string };

/** The first-run form on a fresh install; returns the owner's session cookies. */
export async function createOwner(browser: Browser, baseUrl: string, account: Account): Promise<Cookie[]> {
  const { context, page } = await newPage(browser);
  try {
    await page.goto(`${baseUrl}/setup`);
    await page.getByLabel('Your name').fill(account.name);
    await page.getByLabel('Work email').fill(account.email);
    await page.getByLabel('Password').fill(account.password);
    await page.getByLabel('Workspace name').fill(account.workspace);
    await page.getByRole('button', { name: 'Create account and workspace' }).click();
    await page.getByRole('heading', { level: 1, name: 'Connect Planhat to your data pipelines' }).waitFor();
    return await context.cookies();
  } finally {
    await context.close();
  }
}

/** Adds credentials through the Authenticate screen's Add Credential overlay. */
export async function addCredentialsViaUi(browser: Browser, baseUrl: string, cookies: Cookie[], credentials: { name: string; token: string }[]): Promise<void> {
  const { context, page } = await newPage(browser, cookies);
  try {
    await page.goto(`${baseUrl}/sources/new/planhat`);
    for (const credential of credentials) {
      await page.getByRole('button', { name: 'Add Credential' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add New Credential' });
      await dialog.waitFor();
      await dialog.getByLabel('Credential Name').fill(credential.name);
      await dialog.getByRole('textbox', { name: 'API Access Token' }).fill(credential.token);
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByRole('radio', { name: credential.name }).waitFor();
    }
  } finally {
    await context.close();
  }
}

/** Signs in again (a second session) and creates another workspace, which becomes that session's active one. */
export async function signInAndCreateWorkspace(browser: Browser, baseUrl: string, account: Account, workspace: string): Promise<Cookie[]> {
  const { context, page } = await newPage(browser);
  try {
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel('Email').fill(account.email);
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: /^Account and workspace/ }).waitFor();
    await page.goto(`${baseUrl}/settings/members`);
    await page.getByLabel('Workspace name').fill(workspace);
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await page.waitForURL(`${baseUrl}/`);
    return await context.cookies();
  } finally {
    await context.close();
  }
}

export const cookieHeader = (cookies: Cookie[]) => cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');

export type LoadedScript = { url: string; path: string; rawBytes: number; gzipBytes: number; encoding: string };
export type PageScripts = { url: string; finalUrl: string; status: number; scripts: LoadedScript[]; htmlGzipBytes: number; cspViolations: string[] };

/**
 * Loads `url` in a fresh context (empty cache) and collects every same-origin script response
 * until the network is idle; sizes are the bodies gzipped here at level 9.
 */
export async function loadPageScripts(browser: Browser, url: string, cookies: Cookie[] = []): Promise<PageScripts> {
  const { context, page } = await newPage(browser, cookies);
  // Content-Security-Policy violations during load (DevTools lists them as Issues; Lighthouse counts them).
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}`));
  });
  const origin = new URL(url).origin;
  const pending: Promise<LoadedScript | null>[] = [];
  page.on('response', (response) => {
    const responseUrl = new URL(response.url());
    if (response.request().resourceType() !== 'script' || responseUrl.origin !== origin) return;
    pending.push(
      response.body().then(
        (body) => ({
          url: response.url(),
          path: responseUrl.pathname,
          rawBytes: body.length,
          gzipBytes: gzipSync(body, { level: 9 }).length,
          encoding: response.headers()['content-encoding'] ?? 'identity',
        }),
        () => null,
      ),
    );
  });
  try {
    const document = await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForTimeout(1_000);
    const html = document ? await document.body() : Buffer.alloc(0);
    const cspViolations = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
    const seen = new Map<string, LoadedScript>();
    for (const script of await Promise.all(pending)) if (script) seen.set(script.path, script);
    return {
      url,
      finalUrl: page.url(),
      status: document?.status() ?? 0,
      scripts: [...seen.values()].sort((a, b) => b.gzipBytes - a.gzipBytes),
      htmlGzipBytes: gzipSync(html, { level: 9 }).length,
      cspViolations: [...new Set(cspViolations)],
    };
  } finally {
    await context.close();
  }
}
