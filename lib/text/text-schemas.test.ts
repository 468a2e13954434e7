import { describe, expect, it } from 'vitest';
import { displayNameSchema, searchTermSchema, storableText } from './text-schemas';

const name = displayNameSchema({ required: 'Enter a name.', max: 20, tooLong: 'Too long.' });
const messages = (value: string) => {
  const result = name.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe('names people see in lists', () => {
  it('keeps ordinary names in any script, with emoji and joiners, trimmed and in NFC', () => {
    for (const value of ['Production', 'Продакшн', '東京 本番', 'مزامنة', 'नमस्ते', '👩‍💻 team', 'می‌خواهم']) expect(name.parse(value)).toBe(value);
    expect(name.parse('  Cafe\u0301  ')).toBe('Caf\u00e9');
  });

  it('says which rule a name breaks, one message each', () => {
    expect(messages('   ')).toEqual(['Enter a name.']);
    expect(messages('x'.repeat(21))).toEqual(['Too long.']);
    expect(messages('a\u0000b')).toEqual([expect.stringContaining('NUL')]);
    expect(messages('a\ud800b')).toEqual([expect.stringContaining('broken character')]);
    expect(messages('two\nlines')).toEqual([expect.stringContaining('line breaks')]);
    expect(messages('\u202egnp.exe')).toEqual([expect.stringContaining('right-to-left')]);
    for (const invisible of ['\u200b', '\u200d\u200c', '\ufeff\u200b', '\u2060\u00a0', '\u3164', '\u0301\u0301']) {
      expect(messages(invisible), JSON.stringify(invisible)).toEqual([expect.stringContaining('visible character')]);
    }
  });
});

describe('other text', () => {
  it('lets descriptions hold line breaks but never a NUL or a broken character', () => {
    const description = storableText();
    expect(description.parse('line one\nline two')).toBe('line one\nline two');
    expect(description.safeParse('x\u0000').success).toBe(false);
    expect(description.safeParse('\udfff').success).toBe(false);
  });

  it('refuses a search for a NUL and normalises the rest like stored names', () => {
    expect(searchTermSchema.safeParse('\u0000').success).toBe(false);
    expect(searchTermSchema.parse('Cafe\u0301')).toBe('Caf\u00e9');
  });
});
