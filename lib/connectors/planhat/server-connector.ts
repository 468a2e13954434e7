import 'server-only';
import { checkPlanhatToken } from './check-planhat-token';
import { checkPlanhatCredential } from './configured';
import { planhatConnector } from './spec';

/** The Planhat spec plus its server-side check. */
export const planhatServerConnector = {
  ...planhatConnector,
  /** Explicit options (URL template, fetch, timeouts): what tests and scripts use. */
  check: checkPlanhatToken,
  /** Reads the URL template from the server's configuration: what actions use. */
  checkConfigured: checkPlanhatCredential,
};
