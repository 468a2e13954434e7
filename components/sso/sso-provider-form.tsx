'use client';

import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { CopyField } from '@/components/ui/copy-field';
import { describedBy, Field } from '@/components/ui/field';
import { SecretInput } from '@/components/ui/secret-input';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/text-field';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormResult } from '@/lib/action-result';
import { providerIdFor, SSO_CALLBACK_PATH } from '@/lib/auth/sso/sso-provider-schema';
import styles from './sso-settings.module.css';

export interface SsoProviderView {
  providerId: string;
  issuer: string;
  clientId: string;
  domain: string;
  clientSecretSet: boolean;
}

interface Props {
  provider: SsoProviderView | null;
  origin: string;
  canEdit: boolean;
  saveAction: (previous: FormResult | null, data: FormData) => Promise<FormResult>;
  removeAction: () => Promise<string | null>;
}

export function SsoProviderForm({ provider, origin, canEdit, saveAction, removeAction }: Props) {
  const { state, errors, pending, form } = useActionForm(saveAction);
  const [domain, setDomain] = useState(provider?.domain ?? '');
  const providerId = provider?.providerId ?? (domain.trim() ? providerIdFor(domain.trim().toLowerCase().replace(/^@/, '')) : null);
  const disabled = !canEdit || pending;
  const secretHelp = provider?.clientSecretSet ? 'Set. Leave blank to keep it, or enter a new one to replace it.' : 'From your identity provider. It is sealed like a token and never shown again.';
  return (
    <div className={styles.stack}>
      <form {...form} noValidate className={styles.form} aria-label="Identity provider">
        {state && !state.ok && state.formError && <Alert tone="error">{state.formError}</Alert>}
        {provider?.clientSecretSet && <input type="hidden" name="secretStored" value="yes" />}
        <TextField id="issuer" label="Issuer URL" required type="url" inputMode="url" autoComplete="off" spellCheck={false} defaultValue={provider?.issuer} disabled={disabled} placeholder="https://login.example.com" help="Where your identity provider publishes /.well-known/openid-configuration." error={errors.issuer?.[0]} />
        <TextField id="clientId" label="Client ID" required autoComplete="off" spellCheck={false} defaultValue={provider?.clientId} disabled={disabled} error={errors.clientId?.[0]} />
        <Field id="clientSecret" label="Client secret" required={!provider} help={secretHelp} error={errors.clientSecret?.[0]} aside={provider?.clientSecretSet ? <span className={styles.set}>Set</span> : undefined}>
          <SecretInput id="clientSecret" name="clientSecret" disabled={disabled} aria-invalid={errors.clientSecret ? true : undefined} aria-describedby={describedBy('clientSecret', secretHelp, errors.clientSecret?.[0])} />
        </Field>
        <TextField id="domain" label="Email domain" required autoComplete="off" spellCheck={false} defaultValue={provider?.domain} disabled={disabled} placeholder="example.com" help="People with an email in this domain sign in this way. One domain belongs to one workspace." error={errors.domain?.[0]} onInput={(event) => setDomain(event.currentTarget.value)} />
        {canEdit && (
          <div className={styles.actions}>
            <SubmitButton pending={pending} label={provider ? 'Save changes' : 'Save provider'} pendingLabel="Checking the provider..." />
            {state?.ok && <span className={styles.saved} role="status">Saved. The provider answered and its settings were stored.</span>}
          </div>
        )}
      </form>
      <div className={styles.redirect}>
        <h3 className={styles.subhead}>Redirect URI</h3>
        <p className="muted">Enter this at your identity provider as the app’s redirect (callback) URI.</p>
        {providerId ? (
          <CopyField value={`${origin}${SSO_CALLBACK_PATH}${providerId}`} label="Redirect URI" action="Copy" copiedMessage="Redirect URI copied to the clipboard" />
        ) : (
          <p className={styles.placeholder}>Enter the email domain to see it.</p>
        )}
      </div>
      {provider && canEdit && (
        <div className={styles.remove}>
          <ConfirmButton
            label="Remove provider"
            accessibleLabel="Remove single sign-on provider"
            title="Remove single sign-on?"
            description={`People at ${provider.domain} can no longer sign in through your identity provider. Their accounts and memberships stay.`}
            confirmLabel="Remove provider"
            pendingLabel="Removing..."
            variant="danger-secondary"
            confirmVariant="danger"
            onConfirm={removeAction}
            focusAfterwards="sso-title"
          />
        </div>
      )}
    </div>
  );
}
