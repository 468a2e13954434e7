import 'server-only';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import { log } from '@/lib/log';
import { getMetrics } from '@/lib/observability/metrics.js';
import type { PlanhatGetOutcome } from './get-outcome';
import type { PlanhatCluster } from './regions';

const tracer = trace.getTracer('credential-manager');

export interface PlanhatCall {
  cluster: PlanhatCluster;
  /** The list endpoint, e.g. /companies; the model is its first segment. */
  path: string;
  attempt: number;
}

const outcomeLabel = (outcome: PlanhatGetOutcome) => ('status' in outcome ? `${outcome.kind}-${outcome.status}` : outcome.kind);

/**
 * One request to Planhat, seen from outside: a span, a log line at debug (warn when Planhat fails
 * on its side) and the planhat_requests metrics. Only the model, cluster, outcome, duration and
 * attempt are recorded: never the URL's query, the token or anything Planhat answered.
 */
export async function observePlanhatCall(call: PlanhatCall, send: () => Promise<PlanhatGetOutcome>): Promise<PlanhatGetOutcome> {
  const model = call.path.split('/')[1] || 'unknown';
  return tracer.startActiveSpan(`planhat GET /${model}`, { attributes: { 'planhat.model': model, 'planhat.cluster': call.cluster, 'planhat.attempt': call.attempt } }, async (span) => {
    const started = performance.now();
    const outcome = await send();
    const seconds = (performance.now() - started) / 1000;
    const label = outcomeLabel(outcome);
    span.setAttribute('planhat.outcome', label);
    if (outcome.kind !== 'ok') span.setStatus({ code: SpanStatusCode.ERROR, message: label });
    span.end();
    const metrics = getMetrics();
    if (metrics.enabled) {
      const labels = { model, cluster: call.cluster, outcome: label };
      metrics.planhatCalls.inc(labels);
      metrics.planhatDuration.observe(labels, seconds);
    }
    const fields = { model, cluster: call.cluster, outcome: label, durationMs: Math.round(seconds * 10_000) / 10, retry: call.attempt };
    if (outcome.kind === 'http-error' || outcome.kind === 'network' || outcome.kind === 'timeout' || outcome.kind === 'bad-body') log.warn('planhat call failed', fields);
    else log.debug('planhat call', fields);
    return outcome;
  });
}
