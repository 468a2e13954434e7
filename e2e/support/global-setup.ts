import { execSync } from 'node:child_process';

// Fails early with a useful message instead of a cryptic launch error.
export default function globalSetup() {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  try {
    execSync(`${chromium} --version`, { stdio: 'ignore' });
  } catch {
    throw new Error(`Chromium not found at ${chromium}. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
}
