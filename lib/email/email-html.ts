// Client-safe: plain text and a simple HTML body from the same parts, so both say the same thing.

export interface EmailParts {
  /** The first line, also the HTML body's heading. */
  heading: string;
  paragraphs: string[];
  /** Lines shown as a list, e.g. affected sources. */
  list?: { title: string; items: string[] };
  action: { label: string; url: string };
  footer: string;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function emailText({ heading, paragraphs, list, action, footer }: EmailParts): string {
  const listText = list ? [`${list.title}:`, ...list.items.map((item) => `- ${item}`)].join('\n') : null;
  return [heading, ...paragraphs, listText, `${action.label}: ${action.url}`, '--', footer].filter((part) => part !== null).join('\n\n') + '\n';
}

export function emailHtml({ heading, paragraphs, list, action, footer }: EmailParts): string {
  const p = (text: string) => `<p style="margin:0 0 16px">${escapeHtml(text)}</p>`;
  const listHtml = list
    ? `${p(`${list.title}:`)}<ul style="margin:0 0 16px;padding-left:20px">${list.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`
    : '';
  return [
    '<!doctype html><html><body style="margin:0;padding:24px;font-family:system-ui,-apple-system,Segoe UI,sans-serif;font-size:15px;line-height:1.5;color:#1d2330">',
    '<div style="max-width:560px;margin:0 auto">',
    `<h1 style="font-size:18px;margin:0 0 16px">${escapeHtml(heading)}</h1>`,
    paragraphs.map(p).join(''),
    listHtml,
    `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="display:inline-block;padding:10px 16px;border-radius:6px;background:#3451d1;color:#ffffff;text-decoration:none;font-weight:600">${escapeHtml(action.label)}</a></p>`,
    `<p style="margin:0;font-size:13px;color:#5b6474">${escapeHtml(footer)}</p>`,
    '</div></body></html>',
  ].join('');
}
