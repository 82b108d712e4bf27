// Small screens: a phone (390x844, touch, 3x), a tablet (820x1180, touch) and a desktop at
// 200% zoom (1280x800 CSS px become 640x400). Every view is readable (no widget drawn over
// another, nothing cut off sideways), a swipe scrolls, a tap selects and leaves no tooltip.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, state, settle, find, items, screenshot, swipe, tap, pinch, overlapping, centre } from './harness.mjs';

const VIEWS = ['overview', 'timeline', 'figures', 'sources', 'claims', 'findings', 'compare'];
const env = useBrowser();

async function openOn(viewport, { touch = true, scale = 1, hash = '' } = {}) {
  const context = await env.browser.newContext({ viewport, deviceScaleFactor: scale, hasTouch: touch, isMobile: touch });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  await page.goto(env.url + hash);
  await page.waitForFunction(() => window.factlensReady === true, null, { timeout: 60000 });
  await settle(page);
  return { context, page, errors };
}

// Shows a view by tapping its tab, swiping the tab strip first when the tab is off screen.
async function tapView(page, view) {
  for (let i = 0; i < 4; i++) {
    const tab = (await items(page)).find((it) => it.id === `tab/${view}`);
    const strip = (await items(page)).filter((it) => it.id.startsWith('tab/') && it.visible);
    if (tab && tab.visible && tab.shown.w >= tab.w - 1) break;
    const y = strip[0].y + strip[0].h / 2;
    const leftwards = !tab || tab.x > strip[0].x;
    await swipe(page, [leftwards ? 300 : 60, y], [leftwards ? 60 : 300, y]);
    await settle(page);
  }
  await tap(page, `tab/${view}`);
  await page.waitForFunction((v) => JSON.parse(window.factlens.state()).view === v, view);
  await settle(page);
}

// Widgets cut off sideways (not by scrolling up and down), outside the tab strip, which scrolls.
function cutSideways(list, width) {
  return list.filter((it) => it.visible && !it.id.startsWith('tab/') && it.w > 4 && it.w < width &&
                             it.shown.w < it.w - 2 && it.window !== '' && !/tooltip/i.test(it.window))
    .map((it) => `${it.id} (${Math.round(it.shown.w)} of ${Math.round(it.w)} px)`);
}

// A bar's value (value/<claim>) with a source's dot (dot/<claim>/*) on its letters.
function valuesUnderDots(list) {
  const hit = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  const out = [];
  for (const v of list.filter((it) => it.visible && it.id.startsWith('value/')))
    for (const d of list.filter((it) => it.visible && it.id.startsWith(`dot/${v.id.slice(6)}/`)))
      if (hit(v, d)) out.push(`${v.id} "${v.label}" / ${d.id}`);
  return out;
}

for (const [name, viewport, scale] of [['phone', { width: 390, height: 844 }, 3], ['tablet', { width: 820, height: 1180 }, 2]]) {
  test(`${name}: every view is readable, with no widget over another`, async () => {
    const { context, page, errors } = await openOn(viewport, { scale });
    assert.equal((await state(page)).compact, viewport.width < 800, 'the narrow layout below 800 CSS px');
    for (const view of VIEWS) {
      if (view !== 'overview') await tapView(page, view);
      const list = await items(page);
      assert.deepEqual(overlapping(list), [], `${name} ${view}: widgets drawn over each other`);
      assert.deepEqual(cutSideways(list, viewport.width), [], `${name} ${view}: widgets cut off`);
      assert.deepEqual(valuesUnderDots(list), [], `${name} ${view}: a bar's value drawn under its dots`);
      const shot = await screenshot(page, `${name}-${view}`);
      assert.ok(shot.differing > shot.width * shot.height * 0.05, `${view}: drawn`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('phone: a swipe scrolls the findings, a tap selects one and leaves no tooltip', async () => {
  const { context, page, errors } = await openOn({ width: 390, height: 844 }, { scale: 3 });
  await tapView(page, 'findings');
  const before = await find(page, /^finding\/[^/]+$/);
  await swipe(page, [200, 700], [200, 250]);
  await settle(page);
  const after = (await items(page)).find((it) => it.id === before.id);
  assert.ok(!after || after.y < before.y - 200, `the list moved up: ${before.y} -> ${after?.y}`);
  const s = await state(page);
  assert.equal(s.selection.finding, null, 'a swipe selects nothing');
  // Momentum: the list goes on gliding after the finger lifts, then stops.
  await page.waitForTimeout(400);
  await settle(page);
  const select = await find(page, /^finding\/.+\/select$/);
  await tap(page, select.id);
  const id = select.id.replace(/^finding\//, '').replace(/\/select$/, '');
  await page.waitForFunction((f) => JSON.parse(window.factlens.state()).selection.finding === f, id);
  await settle(page);
  const tips = (await items(page)).filter((it) => it.visible && /tooltip/i.test(it.window));
  assert.deepEqual(tips.map((t) => t.id), [], 'no tooltip is left on screen after a tap');
  // A swipe sideways on the tab strip scrolls it: the last tab comes into view.
  const strip = (await items(page)).find((it) => it.id === 'tab/overview');
  await swipe(page, [330, strip.y + strip.h / 2], [40, strip.y + strip.h / 2]);
  await settle(page);
  const compare = (await items(page)).find((it) => it.id === 'tab/compare');
  assert.ok(compare.visible && compare.shown.w >= compare.w - 1, 'Compare is reachable');
  await screenshot(page, 'phone-after-swipe');
  assert.deepEqual(errors, []);
  await context.close();
});

test('phone: a shared link to a finding opens with that card on screen, its top not cut off', async () => {
  // Cards above the linked one are measured only as they are drawn, and a phone wraps them
  // taller than their estimate: the scroll must follow the card until its place settles.
  for (const id of ['attribution:capex-beneficiaries', 'attribution:h20-largest-buyer', 'stance:scmp-china-softening']) {
    const { context, page, errors } = await openOn({ width: 390, height: 844 }, { scale: 3, hash: `#view=findings&finding=${encodeURIComponent(id)}` });
    assert.equal((await state(page)).selection.finding, id);
    const card = (await items(page)).find((it) => it.id === `finding/${id}`);
    assert.ok(card && card.visible, `${id}: the card is drawn`);
    assert.ok(card.shown.h > 40, `${id}: the card shows (${JSON.stringify(card.shown)})`);
    assert.ok(card.y >= card.shown.y - 1 && card.y < 844 / 2, `${id}: its top is on screen, in the upper half (y ${card.y}, shown from ${card.shown.y})`);
    if (id === 'attribution:capex-beneficiaries') await screenshot(page, 'phone-finding-link');
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('phone: a message fits the width, wrapped, and its dismiss button can be tapped', async () => {
  const width = 390;
  const { context, page, errors } = await openOn({ width, height: 844 }, { scale: 3 });
  await tap(page, 'copy-link');
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).notice !== '');
  await settle(page);
  const dismiss = (await items(page)).find((it) => it.id === 'notice/dismiss');
  assert.ok(dismiss && dismiss.visible, 'the dismiss button is drawn');
  assert.ok(dismiss.x >= 0 && dismiss.x + dismiss.w <= width, `the dismiss button is on screen (${dismiss.x} + ${dismiss.w} of ${width})`);
  assert.ok(dismiss.shown.w >= dismiss.w - 1, 'the dismiss button is not cut off');
  await screenshot(page, 'phone-notice');
  await tap(page, 'notice/dismiss');
  await page.waitForFunction(() => JSON.parse(window.factlens.state()).notice === '');
  assert.deepEqual(errors, []);
  await context.close();
});

test('200% zoom: the layout reflows to one column and nothing is cut off', async () => {
  // A 1280x800 window at 200% zoom is 640x400 CSS pixels at a pixel ratio of 2.
  const { context, page, errors } = await openOn({ width: 640, height: 400 }, { touch: false, scale: 2 });
  assert.equal((await state(page)).compact, true);
  for (const view of ['overview', 'sources', 'findings', 'figures']) {
    if (view !== 'overview') {
      const tab = (await items(page)).find((it) => it.id === `tab/${view}`);
      if (!tab.visible || tab.shown.w < tab.w - 1) await page.evaluate((v) => document.querySelector(`#mirror [data-id="tab/${v}"]`).click(), view);  // the mirror's button
      else await page.mouse.click(...centre(tab));
      await page.waitForFunction((v) => JSON.parse(window.factlens.state()).view === v, view);
      await settle(page);
    }
    const list = await items(page);
    assert.deepEqual(overlapping(list), [], `${view} at 200%: widgets drawn over each other`);
    assert.deepEqual(cutSideways(list, 640), [], `${view} at 200%: widgets cut off`);
    await screenshot(page, `zoom200-${view}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('phone: two fingers spread on the timeline zoom it in about them, and a tap still selects', async () => {
  const { context, page, errors } = await openOn({ width: 390, height: 844 }, { scale: 3 });
  await tapView(page, 'timeline');
  const marks = (await items(page)).filter((it) => /^timeline\//.test(it.id) && it.visible).sort((a, b) => a.x - b.x);
  assert.ok(marks.length >= 2, 'the timeline shows marks');
  // Two neighbouring marks a little apart: the fingers spread between them.
  const pair = marks.slice(1).map((m, i) => [marks[i], m]).find(([a, b]) => centre(b)[0] - centre(a)[0] > 12 && centre(b)[0] - centre(a)[0] < 70);
  assert.ok(pair, 'two marks 12 to 70 px apart');
  const [first, last] = pair;
  const span = centre(last)[0] - centre(first)[0];
  assert.ok(span > 10, `marks spread over ${span} px`);
  const before = await state(page);
  const middle = [(centre(first)[0] + centre(last)[0]) / 2, centre(first)[1]];
  await pinch(page, middle, 60, 240);
  await settle(page);
  const after = await state(page);
  assert.ok(after.timeline.to > after.timeline.from, 'the range is now the user\u2019s');
  assert.equal(after.view, 'timeline');
  assert.equal(after.selection.report, before.selection.report, 'a pinch selects nothing');
  const moved = (await items(page)).filter((it) => it.id === first.id || it.id === last.id);
  const f = moved.find((it) => it.id === first.id), l = moved.find((it) => it.id === last.id);
  // Where each is drawn now; one zoomed off the axis is not drawn at all.
  assert.ok(f && l, `the marks between the fingers stay on the axis: ${first.id}, ${last.id}`);
  const spread = l.x + l.w / 2 - (f.x + f.w / 2);
  assert.ok(spread > span * 1.5, `the marks spread apart: ${span} -> ${spread} px`);
  // Pinching in again zooms back out.
  await pinch(page, middle, 240, 60);
  await settle(page);
  const out = await state(page);
  assert.ok(out.timeline.to - out.timeline.from > after.timeline.to - after.timeline.from, 'fingers together zoom out');
  // One finger again: a tap on a mark selects it.
  const mark = (await items(page)).find((it) => /^timeline\//.test(it.id) && it.visible && it.shown.w >= it.w - 1);
  await tap(page, mark.id);
  const id = mark.id.slice('timeline/'.length);
  await page.waitForFunction((m) => {
    const s = JSON.parse(window.factlens.state());
    return s.selection.report === m || s.selection.source === m;
  }, id);
  await screenshot(page, 'phone-timeline-pinch');
  assert.deepEqual(errors, []);
  await context.close();
});
