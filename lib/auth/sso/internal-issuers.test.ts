import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';
import { parseInternalIssuers } from './internal-issuers';

describe('SSO_INTERNAL_ISSUERS', () => {
  it('lists origins, and allows http:// only on loopback', () => {
    expect(parseInternalIssuers('https://idp.corp.internal, http://127.0.0.1:4320,http://localhost:8080')).toEqual(['https://idp.corp.internal', 'http://127.0.0.1:4320', 'http://localhost:8080']);
    expect(parseInternalIssuers(undefined)).toEqual([]);
    expect(parseInternalIssuers('http://idp.corp.internal')).toBeNull();
    expect(parseInternalIssuers('http://10.0.0.5')).toBeNull();
  });

  it('refuses anything but a bare origin', () => {
    for (const value of ['idp.corp.internal', 'https://idp.corp.internal/realms/x', 'https://user:pw@idp.corp.internal', 'ftp://idp.corp.internal', 'https://idp.corp.internal?x=1']) {
      expect(parseInternalIssuers(value), value).toBeNull();
    }
  });

  it('stops the app at startup with a message naming the variable', () => {
    expect(() => parseEnv({ SSO_INTERNAL_ISSUERS: 'http://idp.corp.internal' })).toThrow(/SSO_INTERNAL_ISSUERS must be a comma-separated list of identity provider origins/);
  });
});
