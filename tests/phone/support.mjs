// What the phone page's browser tests share: a real branch-core on loopback
// (certificates from scripts/dev-pki), headless Debian chromium through
// playwright-core, and a kiosk enrolled with branchctl.
import { createRequire } from 'node:module';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(join(process.env.NODE_PATH || '.', 'noop.js'));
export const { chromium } = require('playwright-core');

export function env(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (ctest sets it; see tests/phone/CMakeLists.txt)`);
  return value;
}

export function check(condition, what) {
  if (!condition) throw new Error(`FAILED: ${what}`);
  console.log(`ok - ${what}`);
}

export class Core {
  async start() {
    this.dir = mkdtempSync(join(tmpdir(), 'phone-e2e-'));
    this.pki = join(this.dir, 'pki');
    execFileSync(env('BRANCH_DEV_PKI'), [this.pki], { stdio: 'ignore' });
    this.db = join(this.dir, 'core.db');
    this.process = spawn(env('BRANCH_CORE_BIN'), ['serve', '--listen', '127.0.0.1:0', '--database', this.db,
      '--cert', join(this.pki, 'core.pem'), '--key', join(this.pki, 'core.key'),
      '--device-ca', join(this.pki, 'device-ca.pem'), '--device-ca-key', join(this.pki, 'device-ca.key')],
    { stdio: ['ignore', 'pipe', 'ignore'] });
    this.port = await new Promise((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error('branch-core did not start')), 20000);
      this.process.stdout.on('data', (chunk) => {
        out += chunk;
        const match = out.match(/https:\/\/127\.0\.0\.1:(\d+)/);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
      this.process.on('exit', (code) => reject(new Error(`branch-core exited with ${code}`)));
    });
    return this;
  }

  get origin() {
    return `https://127.0.0.1:${this.port}`;
  }

  // A kiosk as staff set one up: added in core, enrolled by `branchctl
  // device enroll` (its own key pair, its client certificate from core),
  // its secrets in a development directory (no keychain in ctest).
  enrolKiosk(deviceId) {
    const added = JSON.parse(execFileSync(env('BRANCH_CORE_BIN'),
      ['device', 'add', deviceId, '--json', '--database', this.db]).toString());
    const kiosk = {
      args: ['--database', join(this.dir, `${deviceId}.db`), '--dev-insecure-secrets', join(this.dir, `${deviceId}-secrets`)],
    };
    branchctl(['device', 'enroll', '--core', this.origin, '--ca', join(this.pki, 'ca.pem'), '--device', deviceId,
      '--code', added.enrolmentCode, ...kiosk.args]);
    return kiosk;
  }

  // `branchctl prefill read ... --json` as that kiosk: verifies the token
  // with core's keys and claims the prefill. Returns {exitCode, json}.
  readPrefill(kiosk, source) {
    try {
      return { exitCode: 0, json: JSON.parse(branchctl(['prefill', 'read', '--json', ...kiosk.args, ...source])) };
    } catch (e) {
      let json = {};
      try { json = JSON.parse(String(e.stdout)); } catch (ignored) { json = {}; }
      return { exitCode: e.status, json };
    }
  }

  // The real kiosk (prefill_kiosk_probe) with `image` in front of its
  // camera: it taps "扫码取预填" and checks that the form opens with the
  // `expect`ed answers ("field=text"). Returns the probe's JSON line.
  scanAtKiosk(kiosk, image, expect, screenshot, photo) {
    const args = [...kiosk.args, '--image', image, '--screenshot', screenshot];
    if (photo) args.push('--photo', photo);
    for (const pair of expect) args.push('--expect', pair);
    try {
      return JSON.parse(execFileSync(env('PREFILL_KIOSK_PROBE'), args,
        { env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' }, stdio: ['ignore', 'pipe', 'pipe'] }).toString());
    } catch (e) {
      try { return JSON.parse(String(e.stdout)); } catch (ignored) { return { ok: false, reason: `exit ${e.status}` }; }
    }
  }

  stop() {
    if (this.process) this.process.kill('SIGTERM');
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  }
}

// Debian's chromium, never a downloaded one (SETUP.md).
export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

// A 360 px wide phone.
export async function phoneContext(browser) {
  return browser.newContext({
    viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
    ignoreHTTPSErrors: true, locale: 'zh-CN',
  });
}

export function branchctl(args) {
  return execFileSync(env('BRANCHCTL_BIN'), args,
    { env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' }, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
}
