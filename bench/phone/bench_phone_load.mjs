// First load of the phone page on loopback in headless Debian chromium, with
// a cold cache each time (a fresh browser context): the bytes that crossed
// the wire (bodies and headers, as chromium's network layer counts them) and
// the time to interactive, from navigation start until the form (schema
// fetched, fields rendered with their handlers) is on screen: the page's
// "phone-interactive" performance mark. Prints the median of N runs.
// Run by ctest -L bench: node bench_phone_load.mjs [RUNS]
import { Core, launchBrowser, phoneContext } from '../../tests/phone/support.mjs';

const runs = Number(process.argv[2] || 10);
const core = await new Core().start();
const browser = await launchBrowser();
const samples = [];
try {
  for (let i = 0; i < runs; ++i) {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    let bytes = 0;
    let requests = 0;
    cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; ++requests; });
    await page.goto(`${core.origin}/h5/?service=hpf.deposit_registration&lang=zh_CN`);
    await page.locator('#f-employer_name').waitFor();
    // The page marks the moment its form is rendered with its handlers.
    const tti = await page.evaluate(() => performance.getEntriesByName('phone-interactive')[0].startTime);
    const rendered = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return { domInteractive: nav.domInteractive, loadEvent: nav.loadEventEnd };
    });
    samples.push({ bytes, requests, tti, ...rendered });
    await context.close();
  }
} finally {
  await browser.close();
  core.stop();
}
const median = (key) => {
  const sorted = samples.map((s) => s[key]).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
console.log(`bench_phone_load runs=${runs} requests=${median('requests')} bytes=${median('bytes')} ` +
  `dom_interactive_ms=${median('domInteractive').toFixed(1)} load_ms=${median('loadEvent').toFixed(1)} ` +
  `interactive_ms=${median('tti').toFixed(1)} (median; min ${Math.min(...samples.map((s) => s.tti)).toFixed(1)}, ` +
  `max ${Math.max(...samples.map((s) => s.tti)).toFixed(1)})`);
