'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useState } from 'react';
import { Button } from '@/components/ui/button';
import { PasswordStep } from './password-step';
import { RecoveryCodes } from './recovery-codes';
import { ScanStep } from './scan-step';
import type { AuthenticatorSetupResult, TwoFactorActions } from './two-factor-actions';
import styles from './two-factor.module.css';

type Stage =
  | { name: 'idle' }
  | { name: 'password'; purpose: 'set-up' | 'turn-off' | 'regenerate' }
  | { name: 'scan'; setup: AuthenticatorSetupResult }
  | { name: 'codes'; codes: string[]; heading: string };

interface TwoFactorPanelProps {
  enabled: boolean;
  actions: TwoFactorActions;
  /** Workspaces whose owners require two-factor: it cannot be turned off while a member. */
  requiredBy: string[];
  /** Where to go once it is on (the policy's setup page); otherwise the page refreshes. */
  continueTo?: string;
}

/** Two-factor authentication under Account: set up (password, scan, first code, recovery codes), new codes, turn off. */
export function TwoFactorPanel({ enabled, actions, requiredBy, continueTo }: TwoFactorPanelProps) {
  const router = useRouter();
  const [stage, setStage] = useState<Stage>({ name: 'idle' });
  const idle = useCallback(() => setStage({ name: 'idle' }), []);
  const finished = useCallback(() => {
    setStage({ name: 'idle' });
    if (continueTo) router.replace(continueTo);
    else router.refresh();
  }, [continueTo, router]);
  const started = useCallback((result: AuthenticatorSetupResult) => setStage({ name: 'scan', setup: result }), []);
  const regenerated = useCallback((result: { recoveryCodes: string[] }) => setStage({ name: 'codes', codes: result.recoveryCodes, heading: 'New recovery codes are ready. The old ones no longer work.' }), []);

  if (stage.name === 'scan') {
    const codes = stage.setup.recoveryCodes;
    return <ScanStep setup={stage.setup} confirm={actions.confirm} onCancel={idle} onConfirmed={() => setStage({ name: 'codes', codes, heading: 'Two-factor authentication is on.' })} />;
  }
  if (stage.name === 'codes') return <RecoveryCodes codes={stage.codes} heading={stage.heading} onDone={finished} />;
  if (stage.name === 'password' && stage.purpose === 'set-up') {
    const intro = 'Confirm your password to set up an authenticator app.';
    return <PasswordStep action={actions.start} intro={intro} submit="Continue" pendingLabel="Checking..." onDone={started} onCancel={idle} />;
  }
  if (stage.name === 'password' && stage.purpose === 'regenerate') {
    const intro = 'Confirm your password to make 10 new recovery codes. The codes you have now stop working.';
    return <PasswordStep action={actions.regenerate} intro={intro} submit="Make new codes" pendingLabel="Making codes..." onDone={regenerated} onCancel={idle} />;
  }
  if (stage.name === 'password') {
    const intro = 'Confirm your password to turn off two-factor authentication. Sign-in will then need only your password (or a passkey).';
    return <PasswordStep action={actions.turnOff} intro={intro} submit="Turn off" pendingLabel="Turning off..." danger onDone={finished} onCancel={idle} />;
  }
  return (
    <div className={styles.status}>
      <div className={styles.statusText}>
        <span className={enabled ? styles.badgeOn : styles.badgeOff}>{enabled ? 'On' : 'Off'}</span>
        <p className="muted">
          {enabled
            ? 'Signing in with your password also asks for a code from your authenticator app, or one of your recovery codes.'
            : 'Add a second step to signing in: a code from an authenticator app on your phone, so a stolen password alone cannot open your workspace.'}
        </p>
        {enabled && requiredBy.length > 0 && <p className="muted small">Required by {requiredBy.join(', ')}: it stays on while you are a member.</p>}
      </div>
      <div className={styles.actions}>
        {enabled ? (
          <>
            <Button onClick={() => setStage({ name: 'password', purpose: 'regenerate' })}>New recovery codes</Button>
            {requiredBy.length === 0 && (
              <Button variant="danger-secondary" onClick={() => setStage({ name: 'password', purpose: 'turn-off' })}>
                Turn off...
              </Button>
            )}
          </>
        ) : (
          <Button variant="primary" onClick={() => setStage({ name: 'password', purpose: 'set-up' })}>
            Set up two-factor authentication
          </Button>
        )}
      </div>
    </div>
  );
}
