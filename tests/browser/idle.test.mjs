// Idle costs nothing (the main loop is paused, not skipping frames), input wakes it, and a
// window with more than 65,536 vertices draws with 32-bit indices.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openApp, state, settle, click, find, centre, screenshot } from './harness.mjs';

const env = useBrowser();

test('with nothing to do the main loop does not wake for 5 s, and input wakes it', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url);
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).idle === true, null, { timeout: 30000 });
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).paused === true, null, { timeout: 5000 });
  const before = await state(page);
  await page.waitForTimeout(5000);
  const after = await state(page);
  assert.equal(after.wakeups - before.wakeups, 0, `woke ${after.wakeups - before.wakeups} times in 5 s idle`);
  assert.equal(after.frames, before.frames);
  // Each kind of input resumes it: a mouse move, a key, the wheel, a resize. The pointer goes
  // to widgets found by name (looked up before the loop pauses again).
  const tab = await find(page, 'tab/figures');
  const row = await find(page, 'source/reuters-000');
  const kinds = [
    ['mouse', () => page.mouse.move(...centre(tab))],
    ['key', () => page.keyboard.press('Shift')],
    ['wheel', async () => { await page.mouse.move(...centre(row)); await page.mouse.wheel(0, 120); }],
    ['resize', () => page.setViewportSize({ width: 1200, height: 780 })],
  ];
  for (const [name, act] of kinds) {
    await settle(page);
    await page.waitForFunction(() => JSON.parse(window.factlens.state()).paused === true, null, { timeout: 5000 });
    const s0 = await state(page);
    await act();
    await page.waitForFunction((w) => JSON.parse(window.factlens.state()).wakeups > w, s0.wakeups, { timeout: 5000 })
      .catch(() => assert.fail(`${name} did not wake the main loop`));
  }
  // And a view change still draws: the tabs answer after a pause.
  await settle(page);
  await click(page, 'tab/claims');
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).view === 'claims', null, { timeout: 5000 });
  await settle(page);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a draw list over 65,536 vertices is drawn with 32-bit indices', async () => {
  const { context, page, errors } = await openApp(env.browser, env.url, { width: 3200, height: 2400 });
  // One source of dense text, no spaces to skip: every character is a glyph, 4 vertices.
  const line = 'ByteDance-2025:capex=CNY160bn;chips=CNY85bn;data-centres=CNY75bn;';
  // Paragraphs longer than the reader is wide, so wrapped lines fill it edge to edge.
  const text = Array.from({ length: 300 }, (_, i) => `${i}:${line.repeat(12)}`).join('\n');
  const story = { format: 'factlens-corpus', version: 1, id: 'dense', title: 'Dense',
    sources: [{ id: 'dense', outlet: 'Dense', title: 'Dense text', text }], claims: [], mentions: [] };
  await page.setInputFiles('#open-story', { name: 'dense.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(story)) });
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).corpus === 'dense', null, { timeout: 30000 });
  await click(page, 'source/dense');
  await settle(page);
  const s = await state(page);
  assert.equal(s.draw.index_bytes, 4);
  assert.ok(s.draw.largest_list_vertices > 65536, `largest draw list: ${s.draw.largest_list_vertices} vertices`);
  const shot = await screenshot(page, 'dense-reader');
  assert.ok(shot.differing > shot.width * shot.height * 0.05, `drawn: ${shot.differing} pixels`);
  assert.deepEqual(errors, []);
  await context.close();
});
