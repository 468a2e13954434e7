import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** One row of header: 60 px and its border. */
const HEADER_MAX_PX = 61;

/**
 * What a person would see as broken, measured in the page: a header on more than one row, a page
 * that scrolls sideways, an element sticking out of the page, or content wider than its own box.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate((headerMax) => {
    const problems: string[] = [];
    const viewport = document.documentElement.clientWidth;
    const name = (element: Element) => {
      const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      const classes = typeof element.className === 'string' ? element.className.split(' ')[0] : '';
      return `<${element.tagName.toLowerCase()}${classes ? ` .${classes}` : ''}>${text ? ` “${text}”` : ''}`;
    };
    const header = document.querySelector('body > header');
    if (header && header.getBoundingClientRect().height > headerMax) problems.push(`the header is ${Math.round(header.getBoundingClientRect().height)} px high (more than one row)`);
    if (document.documentElement.scrollWidth > viewport + 1) problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px wide in a ${viewport} px window)`);
    // Inside a dialog only the dialog counts; the page behind it is inert.
    const root = document.querySelector('dialog[open]') ?? document.body;
    for (const element of root.querySelectorAll('*')) {
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden' || style.position === 'fixed') continue;
      const rect = element.getBoundingClientRect();
      // Visually hidden text (1 px, clipped) and zero-size boxes are not seen.
      if (rect.width <= 1 || rect.height <= 1 || style.clip === 'rect(0px, 0px, 0px, 0px)') continue;
      if (element.closest('[popover]:not(:popover-open)')) continue;
      if (rect.right > viewport + 1 || rect.left < -1) {
        // Content inside a scrolling or clipping box (a wide table, a truncated name) is that box's business.
        let ancestor = element.parentElement;
        while (ancestor && ancestor !== document.body && getComputedStyle(ancestor).overflowX === 'visible') ancestor = ancestor.parentElement;
        if (!ancestor || ancestor === document.body) problems.push(`${name(element)} sticks out of the page (${Math.round(rect.left)}..${Math.round(rect.right)} of ${viewport} px)`);
      }
      const blockish = style.display !== 'inline' && style.display !== 'contents' && element.tagName !== 'svg';
      if (blockish && style.overflowX === 'visible' && element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1) {
        problems.push(`${name(element)} has content ${element.scrollWidth - element.clientWidth} px wider than its box`);
      }
    }
    return [...new Set(problems)];
  }, HEADER_MAX_PX);
}

/** axe, WCAG 2.1 A and AA plus best practices; any violation fails. */
export async function axeViolations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`);
}

/** After a refused submit, the first field in error (or a control in the first group in error) has focus. */
export async function expectFirstErrorFocused(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const first = document.querySelector('[aria-invalid="true"]');
        return first !== null && document.activeElement !== null && first.contains(document.activeElement);
      }),
    )
    .toBe(true);
}
