'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { createWebhookAction } from '@/app/settings/webhooks/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { describedBy, Field, fieldStyles } from '@/components/ui/field';
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENT_TYPES, type WebhookEventType } from '@/lib/webhooks/event-types';
import { newWebhookSchema } from '@/lib/webhooks/schemas';
import { SecretReveal } from './secret-reveal';
import styles from './webhooks.module.css';

type Values = { url: string; events: WebhookEventType[]; description: string };

const DEFAULT_EVENTS: WebhookEventType[] = ['credential.invalid', 'credential.recovered', 'credential.unreachable', 'credential.access_changed', 'credential.unreadable'];

export function AddWebhookForm() {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ secret: string; url: string } | null>(null);
  const { register, handleSubmit, formState, setError, reset } = useForm<Values>({
    resolver: zodResolver(newWebhookSchema) as never,
    defaultValues: { url: '', events: DEFAULT_EVENTS, description: '' },
  });
  const { errors, isSubmitting } = formState;

  const save = handleSubmit(async (values) => {
    setFormError(null);
    setCreated(null);
    const data = new FormData();
    data.set('url', values.url);
    for (const event of values.events) data.append('events', event);
    data.set('description', values.description);
    const result = await createWebhookAction(data);
    if (result.ok) {
      setCreated({ secret: result.secret, url: result.url });
      reset();
      router.refresh();
      return;
    }
    setFormError(result.formError ?? null);
    for (const field of ['url', 'events', 'description'] as const) {
      const message = result.fieldErrors?.[field]?.[0];
      if (message) setError(field, { message }, { shouldFocus: true });
    }
  });

  const eventsError = errors.events?.message ?? errors.events?.root?.message;
  return (
    <form onSubmit={save} noValidate className={styles.stack}>
      {formError && <Alert tone="error">{formError}</Alert>}
      <Field id="webhook-url" label="Endpoint URL" required help="Where events are sent, starting with https://. It must be reachable from the internet." error={errors.url?.message}>
        <input
          id="webhook-url"
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="https://hooks.example.com/planhat"
          className={fieldStyles.input}
          aria-required
          aria-invalid={errors.url ? true : undefined}
          aria-describedby={describedBy('webhook-url', true, errors.url)}
          {...register('url')}
        />
      </Field>
      <fieldset className={styles.events} aria-describedby={eventsError ? 'webhook-events-error' : undefined}>
        <legend>Events to send</legend>
        <div className={styles.eventGrid}>
          {WEBHOOK_EVENT_TYPES.map((type) => (
            <label key={type} className={styles.eventChoice}>
              <input type="checkbox" value={type} aria-invalid={eventsError ? true : undefined} {...register('events')} />
              <code>{type}</code>
              <span>{WEBHOOK_EVENT_LABELS[type]}</span>
            </label>
          ))}
        </div>
        {eventsError && (
          <p id="webhook-events-error" className={styles.fieldError} role="alert">
            {eventsError}
          </p>
        )}
      </fieldset>
      <Field id="webhook-description" label="Description" aside={<span className={fieldStyles.help}>(optional)</span>} error={errors.description?.message}>
        <input id="webhook-description" autoComplete="off" className={fieldStyles.input} aria-describedby={describedBy('webhook-description', null, errors.description)} {...register('description')} />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          {isSubmitting ? 'Adding...' : 'Add endpoint'}
        </Button>
      </div>
      {created && <SecretReveal secret={created.secret} heading={`Endpoint ${created.url} added.`} />}
    </form>
  );
}
