import { createLogger, replaceLogger } from '@/lib/observability/logger.js';

export interface LogLine {
  level: string;
  msg: string;
  [field: string]: unknown;
}

/** Sends this process's log lines (at debug and above) to an array until `restore` is called. */
export function captureLogs() {
  const lines: LogLine[] = [];
  const raw: string[] = [];
  const destination = {
    write(chunk: string) {
      raw.push(chunk);
      lines.push(JSON.parse(chunk) as LogLine);
    },
  };
  const previous = replaceLogger(createLogger({ level: 'debug', destination }));
  return {
    lines,
    /** Every line as written, to search for what must never appear. */
    text: () => raw.join(''),
    messages: () => lines.map((line) => `${line.level}: ${line.msg}`),
    restore: () => void replaceLogger(previous),
  };
}
