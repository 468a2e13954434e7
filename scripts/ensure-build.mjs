// `npm start` on a fresh clone: build the app first if there is no production build yet.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

if (!fs.existsSync('.next/BUILD_ID')) {
  console.log('No production build found: building the app once (about a minute)...');
  execSync('npm run build', { stdio: 'inherit' });
}
