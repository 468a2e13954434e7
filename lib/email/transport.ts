import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import { getEnv } from '@/lib/env';

const globalForMail = globalThis as unknown as { mailTransport?: { url: string; transport: Transporter } };

/**
 * The SMTP transport, made once per process from SMTP_URL (null without it). Every wait is bounded,
 * so a silent server fails the attempt (and the queue retries it) instead of holding a worker.
 */
export function getMailTransport(): Transporter | null {
  const url = getEnv().SMTP_URL;
  if (!url) return null;
  if (globalForMail.mailTransport?.url !== url) {
    const transport = nodemailer.createTransport({
      url,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
      dnsTimeout: 10_000,
    });
    globalForMail.mailTransport = { url, transport };
  }
  return globalForMail.mailTransport.transport;
}
