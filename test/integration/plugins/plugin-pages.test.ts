// Web pages served by plugins (`pages:`, capability `web:pages`): the kit's escapeHtml against
// hostile text, a page call that can change nothing, what Hearth refuses of a page handler (too
// large, not UTF-8, a type it does not serve, a crash), and the HTTP route's answers: fixed
// content types, a policy that runs no script, and a clear page for every failure.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import Fastify, { type FastifyInstance } from 'fastify';
import { parseManifest } from '../../../core/plugins/manifest.js';
import { buildSnapshot } from '../../../core/plugins/plugin-snapshot.js';
import { PluginPages } from '../../../core/plugins/plugin-pages.js';
import type { PluginLimits } from '../../../core/plugins/plugin-limits.js';
import { createLogger } from '../../../core/telemetry/logger.js';
import { PLUGIN_PAGE_POLICY, pluginPageRoutes } from '../../../server/http/plugin-page-routes.js';
import { PluginHarness } from '../../harness/plugin-harness.js';
import { buildFixturePlugin } from '../../support/fixture-plugins.js';

const PAGES = ['echo', 'busy', 'huge', 'mangled', 'script', 'crash'];

async function loadPages(limits: Partial<PluginLimits> = {}): Promise<PluginHarness> {
  await buildFixturePlugin('pages');
  const text = [
    'name: pages',
    'version: 1.0.0',
    'interface: 2',
    'description: Pages well and badly made.',
    'wasm: pages/build/pages.wasm',
    'capabilities: ["web:pages", "emit:location:*", "kv:write"]',
    // Writing a large body out costs fuel by the byte: enough that the size check is what refuses it.
    'fuel: 1000000000',
    'pages:',
    ...PAGES.map((path) => `  - { path: ${path}, handler: page_${path} }`),
  ].join('\n');
  const manifest = parseManifest(text, 'test/fixtures/plugins/pages.yaml');
  return PluginHarness.loadManifest(manifest, await readFile(manifest.wasmPath), { crashThreshold: 100, pageBurst: 200, ...limits });
}

describe('plugin pages', () => {
  let harness: PluginHarness;
  let app: FastifyInstance;

  before(async () => {
    harness = await loadPages();
    const pages = new PluginPages(harness.host, () => buildSnapshot([harness.manifest]), createLogger('silent'));
    app = Fastify();
    await app.register(pluginPageRoutes, { pages });
  });
  after(async () => {
    await app.close();
    await harness.close();
  });

  describe("the kit's escapeHtml and plainText", () => {
    const cases: Array<[string, string, string]> = [
      ['<script>alert("x")</script>', '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;', '<script>alert("x")</script>'],
      [`it's "quoted" & <b>bold</b>`, 'it&#39;s &quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;', `it's "quoted" & <b>bold</b>`],
      ['\u001b[31mred\u001b[0m and \u001b[1;33;44mbold\u001b[m', 'red and bold', 'red and bold'],
      ['\u009b31mC1 csi\u001bcreset', 'C1 csireset', 'C1 csireset'],
      ['bell\u0007 nul\u0000 bs\u0008 del\u007f c1\u0085', 'bell nul bs del c1', 'bell nul bs del c1'],
      ['two\nlines\tand a tab\r', 'two\nlines\tand a tab', 'two\nlines\tand a tab'],
      ['Zoë ✓ 🔥 &amp;', 'Zoë ✓ 🔥 &amp;amp;', 'Zoë ✓ 🔥 &amp;'],
      ['lone \ud800 half \udc00', 'lone \ufffd half \ufffd', 'lone \ufffd half \ufffd'],
      ['unfinished \u001b[31', 'unfinished ', 'unfinished '],
      ['', '', ''],
    ];
    for (const [hostile, html, plain] of cases) {
      it(`makes ${JSON.stringify(hostile).slice(0, 40)} safe`, async () => {
        const page = (await harness.page('echo', { text: hostile })).page!;
        assert.equal(page.type, 'html');
        assert.equal(page.body, `<!doctype html><title>echo</title><p id="echo" title="${html}">${html}</p>`);
        assert.equal((await harness.page('echo', { text: hostile, as: 'text' })).page?.body, `[${plain}]`);
      });
    }
  });

  it('undoes whatever a page call emitted or wrote: a GET changes nothing', async () => {
    const before = harness.events.length;
    const { page, failure } = await harness.page('busy');
    assert.equal(failure, undefined);
    assert.equal(page?.body, '<p>busy</p>');
    assert.equal(harness.events.length, before, 'no event was stored');
    assert.equal(harness.kv.get('pages\u0000visits'), undefined, 'no key was written');
  });

  it('refuses a body over the size limit, bytes that are not UTF-8, a type it does not serve, and a crash', async () => {
    assert.equal((await harness.page('huge')).failure?.code, 'E_PLUGIN_OUTPUT_INVALID');
    assert.match((await harness.page('huge')).failure?.message ?? '', /body must be at most 524288 bytes/);
    assert.equal((await harness.page('mangled')).failure?.code, 'E_PLUGIN_OUTPUT_INVALID');
    assert.match((await harness.page('mangled')).failure?.message ?? '', /not UTF-8/);
    assert.equal((await harness.page('script')).failure?.code, 'E_PLUGIN_OUTPUT_INVALID');
    assert.equal((await harness.page('crash')).failure?.code, 'E_PLUGIN_TRAP');
  });

  describe('GET /plugins/<plugin>/<path>', () => {
    it('serves HTML with a fixed content type, a policy that runs no script, and no sniffing', async () => {
      const response = await app.inject({ method: 'GET', url: '/plugins/pages/echo?text=%3Cscript%3Ealert(1)%3C%2Fscript%3E&text=second' });
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['content-type'], 'text/html; charset=utf-8');
      assert.equal(response.headers['content-security-policy'], PLUGIN_PAGE_POLICY);
      assert.match(PLUGIN_PAGE_POLICY, /default-src 'none'/);
      assert.doesNotMatch(PLUGIN_PAGE_POLICY, /script-src/);
      assert.equal(response.headers['x-content-type-options'], 'nosniff');
      assert.equal(response.headers['x-frame-options'], 'DENY');
      assert.match(response.body, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/, 'the first value of a repeated parameter, escaped');
      const text = await app.inject({ method: 'GET', url: '/plugins/pages/echo?as=text&text=Zo%C3%AB' });
      assert.equal(text.headers['content-type'], 'text/plain; charset=utf-8');
      assert.equal(text.body, '[Zoë]');
    });

    it('answers a clear page, never the plugin, for what is not there or fails', async () => {
      const expectations: Array<[string, number, RegExp]> = [
        ['/plugins/pages/nothing', 404, /There is no page here\./],
        ['/plugins/nobody/echo', 404, /There is no page here\./],
        ['/plugins/NOT..A..NAME/echo', 404, /There is no page here\./],
        [`/plugins/pages/${'x'.repeat(80)}`, 404, /There is no page here\./],
        ['/plugins/pages/huge', 500, /The pages plugin could not show this page \(E_PLUGIN_OUTPUT_INVALID\)/],
        ['/plugins/pages/mangled', 500, /E_PLUGIN_OUTPUT_INVALID/],
        ['/plugins/pages/crash', 500, /E_PLUGIN_TRAP/],
        [`/plugins/pages/echo?${Array.from({ length: 17 }, (_, i) => `p${i}=1`).join('&')}`, 400, /at most 16 query parameters/],
        [`/plugins/pages/echo?text=${'y'.repeat(600)}`, 400, /too long/],
      ];
      for (const [url, status, body] of expectations) {
        const response = await app.inject({ method: 'GET', url });
        assert.equal(response.statusCode, status, url);
        assert.equal(response.headers['content-type'], 'text/html; charset=utf-8', url);
        assert.equal(response.headers['content-security-policy'], PLUGIN_PAGE_POLICY, url);
        assert.match(response.body, body, url);
        assert.doesNotMatch(response.body, /aaaa|alert/, url);
      }
    });

    it('passes a query parameter named __proto__ on as a name like any other', async () => {
      const response = await app.inject({ method: 'GET', url: '/plugins/pages/echo?__proto__=x&text=plain' });
      assert.equal(response.statusCode, 200);
      assert.match(response.body, />plain</);
    });
  });
});

describe('plugin pages under load', () => {
  it('refuses visitors past the rate limit with 429', async () => {
    const harness = await loadPages({ pagesPerSecond: 0.001, pageBurst: 2 });
    try {
      const pages = new PluginPages(harness.host, () => buildSnapshot([harness.manifest]), createLogger('silent'));
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await pages.render('pages', 'echo', { text: 'hi' }));
      assert.deepEqual(answers.map((answer) => (answer.kind === 'page' ? 200 : answer.status)), [200, 200, 429, 429]);
    } finally {
      await harness.close();
    }
  });

  it('refuses to call a page of a plugin without web:pages, however its manifest was made', async () => {
    const harness = await loadPages();
    const bare = await PluginHarness.loadManifest({ ...harness.manifest, capabilities: [] }, await readFile(harness.manifest.wasmPath));
    await harness.close();
    try {
      assert.equal((await bare.page('echo', { text: 'hi' })).failure?.code, 'E_CAPABILITY_DENIED');
      const pages = new PluginPages(bare.host, () => buildSnapshot([bare.manifest]), createLogger('silent'));
      const answer = await pages.render('pages', 'echo', {});
      assert.equal(answer.kind === 'refused' && answer.status, 500);
    } finally {
      await bare.close();
    }
  });

  it('answers 503 while the plugin is not loaded', async () => {
    const harness = await loadPages();
    const pages = new PluginPages(harness.host, () => buildSnapshot([harness.manifest]), createLogger('silent'));
    await harness.close();
    const answer = await pages.render('pages', 'echo', {});
    assert.deepEqual(answer, { kind: 'refused', status: 503, message: 'The pages plugin is not available right now; try again later.' });
  });
});
