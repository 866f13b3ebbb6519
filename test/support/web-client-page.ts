// What the browser-client tests ask of a page: waiting for output, the room panel and the status,
// and reading what a person would see.
import type { Page } from 'playwright-core';

const TIMEOUT_MS = 20_000;

export function waitForOutput(page: Page, text: string): Promise<unknown> {
  return page.waitForFunction((wanted) => document.getElementById('output')?.textContent?.includes(wanted) ?? false, text, { timeout: TIMEOUT_MS });
}

export function waitForRoom(page: Page, name: string): Promise<unknown> {
  return page.waitForFunction((wanted) => document.getElementById('room-name')?.textContent === wanted, name, { timeout: TIMEOUT_MS });
}

export function waitForStatus(page: Page, text: string): Promise<unknown> {
  return page.waitForFunction((wanted) => document.getElementById('status')?.textContent === wanted, text, { timeout: TIMEOUT_MS });
}

export function textsOf(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).allTextContents();
}

/** The id of the element with the keyboard focus ('' for none). */
export function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

/** Whether the output pane shows its newest line. */
export function outputAtNewest(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const output = document.getElementById('output')!;
    return output.scrollTop + output.clientHeight >= output.scrollHeight - 2;
  });
}
