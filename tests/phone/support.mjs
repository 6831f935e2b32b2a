// What the phone page's browser tests share: a real branch-core on loopback
// (certificates from scripts/dev-pki), headless Debian chromium through
// playwright-core, and a kiosk device enrolled over core's own API.
import { createRequire } from 'node:module';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import https from 'node:https';

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
    this.ca = readFileSync(join(this.pki, 'ca.pem'));
    return this;
  }

  get origin() {
    return `https://127.0.0.1:${this.port}`;
  }

  request(method, path, body, options = {}) {
    return new Promise((resolve, reject) => {
      const data = body === undefined ? undefined : Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body));
      const req = https.request({
        host: '127.0.0.1', port: this.port, path, method, ca: this.ca,
        cert: options.cert, key: options.key,
        headers: { ...(data ? { 'Content-Type': options.type || 'application/json', 'Content-Length': data.length } : {}),
          ...(options.headers || {}) },
      }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => { text += c; });
        res.on('end', () => {
          let json = {};
          try { json = JSON.parse(text); } catch (e) { json = {}; }
          resolve({ status: res.statusCode, json });
        });
      });
      req.on('error', reject);
      if (data) req.write(data);
      req.end();
    });
  }

  // A kiosk as core knows one: added by staff, enrolled with its own P-256
  // key, then calling with its credential and its client certificate.
  async enrolDevice(deviceId) {
    const added = JSON.parse(execFileSync(env('BRANCH_CORE_BIN'),
      ['device', 'add', deviceId, '--json', '--database', this.db]).toString());
    const key = join(this.dir, `${deviceId}.key`);
    const csr = join(this.dir, `${deviceId}.csr`);
    execFileSync('openssl', ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', key]);
    execFileSync('openssl', ['req', '-new', '-key', key, '-subj', `/CN=${deviceId}`, '-out', csr]);
    const enrolled = await this.request('POST', '/v1/devices/enroll',
      { deviceId, enrolmentCode: added.enrolmentCode, csr: readFileSync(csr, 'utf8') });
    if (enrolled.status !== 201) throw new Error(`enrolment failed: ${JSON.stringify(enrolled.json)}`);
    return {
      cert: enrolled.json.certificate, key: readFileSync(key),
      headers: { Authorization: `Bearer ${deviceId}.${enrolled.json.secret}` },
    };
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
  return execFileSync(env('BRANCHCTL_BIN'), args, { env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' } }).toString();
}

export function writeArtifact(dir, name, data) {
  writeFileSync(join(dir, name), data);
  return join(dir, name);
}
