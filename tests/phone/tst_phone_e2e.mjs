// The phone page end to end in a real browser (issue 12, docs/phone.md):
// headless Debian chromium at 360 px fills the housing-fund registration on
// the page core serves, with a photo (and the bad uploads the page and core
// refuse); the QR code on screen is screenshot and that very image decoded
// kiosk-side by `branchctl qr decode`, scanned by the real kiosk's camera
// (prefill_kiosk_probe: the form opens filled in) and read by `branchctl
// prefill read --image` (token verified, prefill fetched); a second prefill is
// read by its short code; with core stopped, the offline code's screenshot is
// scanned and opened.
// Run by ctest: node tst_phone_e2e.mjs ARTIFACT_DIR
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Core, branchctl, check, launchBrowser, phoneContext } from './support.mjs';

const artifacts = process.argv[2] || '.';
mkdirSync(artifacts, { recursive: true });
const service = 'hpf.deposit_registration';
const month = new Date().toISOString().slice(0, 7);
const answers = {
  employer_name: '上海示例科技有限公司',
  employer_uscc: '91440300708461136T',
  employee_name: '张三',
  resident_id: '11010519491231002X',
  mobile: '13800138000',
  wage_base: '8000.00',
  deposit_card: '6222021234567890128',
};

function jpegPhoto() {
  const path = join(artifacts, 'contract.jpg');
  // Noise does not compress: a phone-camera-sized file, well over core's 2 MiB.
  execFileSync('convert', ['-size', '3000x2250', 'xc:gray', '+noise', 'Random', '-quality', '92', path]);
  return readFileSync(path);
}

async function fill(page, id, value) {
  const input = page.locator(`#f-${id}`);
  await input.fill(value);
  await input.blur();
}

async function errorOf(page, id) {
  const error = page.locator(`.field[data-field="${id}"] .error`);
  await error.waitFor({ timeout: 10000 });
  return error.textContent();
}

async function noErrorOf(page, id) {
  await page.waitForFunction((f) => !document.querySelector(`.field[data-field="${f}"] .error`), id, { timeout: 10000 });
}

const core = await new Core().start();
const browser = await launchBrowser();
try {
  const context = await phoneContext(browser);
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  // Console errors count (a CSP violation is one), except the browser's own
  // note on each 4xx answer, which this test provokes on purpose.
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) pageErrors.push(m.text());
  });

  await page.goto(`${core.origin}/h5/?service=${service}&lang=zh_CN`);
  await page.locator('#f-employer_name').waitFor();
  check(await page.evaluate(() => document.documentElement.scrollWidth) <= 360, 'the form fits 360 px without sideways scrolling');
  await page.screenshot({ path: join(artifacts, 'phone-zh.png'), fullPage: true });

  // Page 1, with a wrong USCC first: core's validator answers, in Chinese.
  await fill(page, 'employer_name', answers.employer_name);
  await fill(page, 'employer_uscc', '91440300708461136U');
  const usccError = await errorOf(page, 'employer_uscc');
  check(/统一社会信用代码/.test(usccError), `a wrong USCC is refused in Chinese by core's check: "${usccError}"`);
  await fill(page, 'employer_uscc', answers.employer_uscc);
  await noErrorOf(page, 'employer_uscc');
  await page.click('#next');

  // Page 2.
  await page.locator('#f-employee_name').waitFor();
  await fill(page, 'employee_name', answers.employee_name);
  await fill(page, 'resident_id', answers.resident_id);
  await fill(page, 'mobile', answers.mobile);
  await fill(page, 'wage_base', '100');
  check(/¥2,300\.00/.test(await errorOf(page, 'wage_base')), 'a deposit base under the minimum names the limit');
  await fill(page, 'wage_base', answers.wage_base);
  await page.click('.field[data-field="deposit_ratio"] .option[data-value="12"]');
  await fill(page, 'start_month', month);
  await fill(page, 'deposit_card', answers.deposit_card);

  // Bad uploads are refused on the phone.
  const photoInput = page.locator('input[type=file][data-field="contract_photo"]');
  // Each refusal replaces the last one's message once the file is looked at.
  const photoRefused = async (text) => {
    await page.locator('.field[data-field="contract_photo"] .photos .error', { hasText: text }).waitFor({ timeout: 15000 });
    return true;
  };
  await photoInput.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a photo') });
  check(await photoRefused('JPEG 或 PNG'), 'a text file is refused by the page');
  await photoInput.setInputFiles({ name: 'huge.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(21 * 1024 * 1024, 0xff) });
  check(await photoRefused('20 MB'), 'a 21 MB file is refused by the page');
  await photoInput.setInputFiles({ name: 'fake.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('GIF89a not a jpeg at all') });
  check(await photoRefused('图片处理失败'), 'a file that only claims to be a JPEG is refused by the page');
  const photo = jpegPhoto();
  await photoInput.setInputFiles({ name: 'contract.jpg', mimeType: 'image/jpeg', buffer: photo });
  await page.locator('.field[data-field="contract_photo"] .thumbs img').waitFor();
  check(photo.length > 2 * 1024 * 1024, `a ${photo.length}-byte JPEG is accepted and shown as a thumbnail`);

  // The same form in English and in care mode, for the eyes (docs/phone.md).
  await page.click('#language');
  await page.locator('text=Employee name').waitFor();
  await page.screenshot({ path: join(artifacts, 'phone-en.png'), fullPage: true });
  await page.click('#care');
  // The page re-renders after the click; wait for it rather than racing it.
  check(await page.waitForFunction(() => document.documentElement.classList.contains('care'), null, { timeout: 10000 })
    .then(() => true, () => false), 'care mode switches on');
  check(await page.locator('label:has-text("ID number")').count() === 1, 'care mode shows the care label');
  await page.screenshot({ path: join(artifacts, 'phone-care-en.png'), fullPage: true });
  await page.click('#language');
  await page.screenshot({ path: join(artifacts, 'phone-care-zh.png'), fullPage: true });
  await page.click('#care');
  check(await page.evaluate(() => document.documentElement.scrollWidth) <= 360, 'still 360 px wide after the switches');

  // Send: core issues the token; the photo goes up compressed. The page's
  // fetch is watched to learn the size of what it uploads.
  await page.evaluate(() => {
    const original = window.fetch;
    window.uploadSizes = [];
    window.fetch = (url, init) => {
      if (String(url).includes('/photos')) window.uploadSizes.push(init.body.size);
      return original(url, init);
    };
  });
  const [created] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/v1/prefills') && r.request().method() === 'POST'),
    page.click('#submit'),
  ]);
  const issued = await created.json();
  check(created.status() === 201, `core issued a prefill (${created.status()})`);
  const uploaded = await page.waitForResponse((r) => r.url().includes('/photos?document=contract_photo'));
  check(uploaded.status() === 201, 'the photo upload was accepted');
  const sentBytes = (await page.evaluate(() => window.uploadSizes))[0];
  check(sentBytes > 0 && sentBytes <= 1024 * 1024, `the photo was compressed on the phone to ${sentBytes} bytes (at most 1 MB)`);

  const qr = page.locator('#token-qr');
  await qr.waitFor();
  await page.waitForFunction(() => document.querySelector('#token-qr').complete);
  const qrShot = join(artifacts, 'token-qr.png');
  await qr.screenshot({ path: qrShot });
  await page.screenshot({ path: join(artifacts, 'phone-done-zh.png'), fullPage: true });
  check((await page.locator('#short-code').getAttribute('data-code')) === issued.short_code, 'the short code is shown');
  check(/^\d{9}$/.test(issued.short_code), 'the short code is 8 digits and a check digit');

  // Kiosk side: that very image, decoded by branchctl.
  const decoded = JSON.parse(branchctl(['qr', 'decode', '--json', qrShot]));
  const codes = decoded.results[0].codes;
  check(codes.length === 1 && codes[0] === issued.token, `branchctl qr decode reads the token from the screenshot (${decoded.results[0].ms} ms)`);
  check(issued.token.startsWith('ETB1.'), 'the token is an ETB1 token');

  // Offline code behind its button: the housing fund allows it (catalog prefillOffline).
  let offlineShot = '';
  check(Boolean(issued.offline_token), 'core offered an offline token');
  {
    await page.click('text=分行网络中断时出示此码');
    const offline = page.locator('#offline-qr');
    await offline.waitFor();
    offlineShot = join(artifacts, 'offline-qr.png');
    await offline.screenshot({ path: offlineShot });
    const offlineDecoded = JSON.parse(branchctl(['qr', 'decode', '--json', offlineShot]));
    check(offlineDecoded.results[0].codes[0] === issued.offline_token, 'the offline code decodes to the offline token');
  }

  // Core checks photos again by their bytes, whatever the page did.
  const forged = await page.evaluate(async (reference) => {
    const r = await fetch(`/v1/prefills/${reference}/photos?document=contract_photo`,
      { method: 'POST', headers: { 'Content-Type': 'image/jpeg' }, body: 'GIF89a this is no jpeg' });
    return { status: r.status, body: await r.json() };
  }, issued.reference);
  check(forged.status >= 400 && /not_an_image/.test(JSON.stringify(forged.body)), `core refuses a non-image sent as image/jpeg (${forged.status})`);
  const wrongType = await page.evaluate(async (reference) => {
    const r = await fetch(`/v1/prefills/${reference}/photos?document=contract_photo`,
      { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hello' });
    return r.status;
  }, issued.reference);
  check(wrongType === 415, 'core refuses an upload that is not image/jpeg or image/png');
  const oversize = await page.evaluate(async (reference) => {
    const r = await fetch(`/v1/prefills/${reference}/photos?document=contract_photo`,
      { method: 'POST', headers: { 'Content-Type': 'image/jpeg' }, body: new Uint8Array(3 * 1024 * 1024) });
    return r.status;
  }, issued.reference);
  check(oversize === 413, 'core refuses a 3 MB upload');

  // The kiosk reads that very image: verifies the token with core's keys and
  // claims the prefill, answers and photo.
  const kiosk = core.enrolKiosk('KE2E1');
  // The real kiosk's scan screen, with that image in front of its camera.
  const expected = [`employee_name=${answers.employee_name}`, `resident_id=${answers.resident_id}`,
    `employer_name=${answers.employer_name}`];
  const scanned = core.scanAtKiosk(kiosk, qrShot, expected, join(artifacts, 'kiosk-form-online.png'), 'contract_photo');
  check(scanned.ok === true && scanned.service === service,
    `the kiosk scans the phone's code and opens the form filled in, the contract's photo on it (${JSON.stringify(scanned)})`);
  const read = core.readPrefill(kiosk, ['--image', qrShot]);
  check(read.exitCode === 0, `branchctl prefill read --image verifies the token and fetches the prefill (${JSON.stringify(read.json).slice(0, 200)})`);
  const readText = JSON.stringify(read.json);
  check(readText.includes(service), 'the prefill names the service');
  check(readText.includes(answers.employee_name) && readText.includes(answers.resident_id),
    'the answers read at the kiosk are the ones typed on the phone');
  check(readText.includes('contract_photo'), 'the photo came with it');
  const again = core.readPrefill(core.enrolKiosk('KE2E2'), ['--text', codes[0]]);
  check(again.exitCode !== 0 && readText !== JSON.stringify(again.json) && JSON.stringify(again.json).includes('in_use'),
    'a second kiosk is told the prefill is in_use');

  // The short code path: a second customer, claimed by code.
  await page.click('text=再办一笔');
  await page.locator('.service[data-service="hpf.deposit_registration"]').click();
  await page.locator('#f-employer_name').waitFor();
  for (const id of ['employer_name', 'employer_uscc']) await fill(page, id, answers[id]);
  await page.click('#next');
  await page.locator('#f-employee_name').waitFor();
  for (const id of ['employee_name', 'resident_id', 'mobile', 'wage_base', 'deposit_card']) await fill(page, id, answers[id]);
  await page.click('.field[data-field="deposit_ratio"] .option[data-value="5"]');
  await fill(page, 'start_month', month);
  await photoInput.setInputFiles({ name: 'contract.jpg', mimeType: 'image/jpeg', buffer: photo });
  await page.locator('.field[data-field="contract_photo"] .thumbs img').waitFor();
  await page.click('#submit');
  await page.locator('#short-code').waitFor();
  const code = await page.locator('#short-code').getAttribute('data-code');
  const byCode = core.readPrefill(kiosk, ['--code', code]);
  check(byCode.exitCode === 0 && JSON.stringify(byCode.json).includes(answers.employer_name),
    'branchctl prefill read --code fetches the second prefill by its short code');

  // The branch's link to core is down: the kiosk opens the offline code it
  // photographed with the branch key it kept (fetched while core answered).
  core.process.kill('SIGTERM');
  await new Promise((resolve) => core.process.once('exit', resolve));
  const scannedOffline = core.scanAtKiosk(kiosk, offlineShot, expected, join(artifacts, 'kiosk-form-offline.png'));
  check(scannedOffline.ok === true, `with core stopped, the kiosk scans the offline code and opens the form filled in (${JSON.stringify(scannedOffline)})`);
  const offline = core.readPrefill(kiosk, ['--image', offlineShot]);
  const offlineText = JSON.stringify(offline.json);
  check(offline.exitCode === 0 && offlineText.includes('"offline":true') && offlineText.includes(answers.employee_name),
    `with core stopped, branchctl prefill read opens the offline code from the screenshot (${offlineText.slice(0, 120)})`);

  check(pageErrors.length === 0, `no script errors or CSP violations on the page (${pageErrors.join(' | ')})`);
  await context.close();
} finally {
  await browser.close();
  core.stop();
}
console.log('phone e2e: all passed');
