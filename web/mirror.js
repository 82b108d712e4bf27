// The page's mirror of the screen (src/core/mirror.h): the app hands over semantic HTML of
// the current view whenever the view, the selection or the story changes, and this keeps it
// in the page, under the canvas. Screen readers read it; the browser's find searches it;
// keyboard users move through its buttons with Tab and the arrow keys, and the canvas rings
// the widget each button stands for (`data-id`, the widget's name in factlens.items()).
// Enter and Space press the focused button, which acts on the app as a click on its widget
// would (factlens_act). `?` opens the list of keys.
'use strict';

(function () {
  const mirror = document.getElementById('mirror');
  const view = document.getElementById('mirror-view');
  const search = document.getElementById('mirror-search');
  const help = document.getElementById('help');
  if (!mirror || !view) return;
  const encoder = new TextEncoder();
  const Module = () => window.Module;

  function callWithText(fn, text) {
    const bytes = encoder.encode(text);
    const m = Module();
    const ptr = m._malloc(Math.max(1, bytes.length));
    try {
      m.HEAPU8.set(bytes, ptr);
      return fn(ptr, bytes.length);
    } finally {
      m._free(ptr);
    }
  }
  const act = (id) => callWithText((p, n) => Module()._factlens_act(p, n), id);
  // Typing in the mirror's search box searches the current view, as the canvas's box does.
  search?.addEventListener('input', () => callWithText((p, n) => Module()._factlens_search(p, n), search.value));
  const focusWidget = (id) => callWithText((p, n) => Module()._factlens_focus(p, n), id);
  // A dialog's text field: what is typed there is the app's value for the field of that name.
  function setValue(id, value) {
    const m = Module();
    const idBytes = encoder.encode(id);
    const valueBytes = encoder.encode(value);
    const a = m._malloc(Math.max(1, idBytes.length));
    const b = m._malloc(Math.max(1, valueBytes.length));
    try {
      m.HEAPU8.set(idBytes, a);
      m.HEAPU8.set(valueBytes, b);
      return m._factlens_set(a, idBytes.length, b, valueBytes.length);
    } finally {
      m._free(a);
      m._free(b);
    }
  }
  const nameOf = (el) => (el && (el.dataset.id || el.dataset.set)) || null;
  const isField = (el) => el && el.matches && el.matches('input, textarea');

  // --- The mirror's content, replaced as the app changes it --------------------------------
  let lastHtml = '';
  function replace(title, html) {
    document.title = title;
    if (html === lastHtml) return;
    lastHtml = html;
    // Keep the keyboard where it was: the button for the same widget, if it is still there.
    const active = document.activeElement;
    const focusedId = active && mirror.contains(active) ? nameOf(active) : null;
    // A field being typed in keeps its caret (the new HTML has the value the app took).
    const caret = isField(active) && active !== search ? [active.selectionStart, active.selectionEnd] : null;
    const hadDialog = !!view.querySelector('[aria-modal="true"]');
    const wasInView = !!active && view.contains(active);
    view.innerHTML = html;
    // The search box stays (it is not part of the view's HTML); it shows the view's search.
    if (search && document.activeElement !== search) {
      try { search.value = JSON.parse(window.factlens.state()).search; } catch { /* not started */ }
    }
    const dialog = view.querySelector('[aria-modal="true"]');
    const again = focusedId && [...view.querySelectorAll('[data-id], [data-set]')].find((b) => nameOf(b) === focusedId);
    if (dialog && !hadDialog && wasInView) {
      // A dialog opened from the mirror: the keyboard goes into it (a mouse user on the canvas
      // keeps the canvas's focus).
      dialog.querySelector('[data-id], [data-set]')?.focus();
    } else if (again) {
      again.focus({ preventScroll: false });
      if (caret && isField(again)) again.setSelectionRange(caret[0], caret[1]);
    } else if (wasInView) {
      // Gone (a view change, a dialog closed) or a heading: the heading takes the focus, so
      // reading goes on there.
      const h1 = view.querySelector('h1');
      if (h1) { h1.tabIndex = -1; h1.focus(); }
      focusWidget('');
    }
  }

  // --- Acting and focus ------------------------------------------------------------------
  mirror.addEventListener('click', (e) => {
    const button = e.target.closest('button[data-id]');
    if (!button || !mirror.contains(button)) return;
    e.preventDefault();
    act(button.dataset.id);
  });
  view.addEventListener('input', (e) => {
    const field = e.target.closest('[data-set]');
    if (field) setValue(field.dataset.set, field.value);
  });
  mirror.addEventListener('focusin', (e) => {
    const button = e.target.closest('[data-id], [data-set]');
    focusWidget(button ? nameOf(button) : '');
    if (button) showIfNotDrawn(button);
  });
  mirror.addEventListener('focusout', (e) => {
    if (!e.relatedTarget || !mirror.contains(e.relatedTarget)) focusWidget('');
    e.target.classList?.remove('undrawn');
  });
  // A button whose widget the canvas does not draw (scrolled away in a list, or only in the
  // mirror) shows itself, so the focus is always visible.
  function showIfNotDrawn(button) {
    requestAnimationFrame(() => requestAnimationFrame(() => {
      if (document.activeElement !== button || !window.factlens) return;
      const drawn = window.factlens.items().some((it) => it.id === nameOf(button) && it.visible);
      button.classList.toggle('undrawn', !drawn);
    }));
  }

  // --- Keys --------------------------------------------------------------------------------
  // The arrows move within the list, table or group the focused button is in.
  function neighbour(from, step) {
    const box = from.closest('ul, ol, tbody, [role="group"], nav, article') || mirror;
    const buttons = [...box.querySelectorAll('button[data-id]')];
    const i = buttons.indexOf(from);
    if (i < 0) return null;
    return buttons[Math.min(buttons.length - 1, Math.max(0, i + step))];
  }
  const inMirror = () => document.activeElement && mirror.contains(document.activeElement);
  const typing = () => {
    try { return JSON.parse(window.factlens.state()).text_input === true; } catch { return false; }
  };
  window.addEventListener('keydown', (e) => {
    if (help && help.open) return;  // the dialog has the keys
    if (e.key === 'Tab' && !e.ctrlKey && !e.altKey && !e.metaKey) {
      // The browser moves the focus (SDL would swallow the key).
      e.stopImmediatePropagation();
      if (!inMirror()) {
        // From the canvas: Tab goes to the view's first control, Shift+Tab to the views.
        e.preventDefault();
        const dialog = view.querySelector('[aria-modal="true"]');
        const first = dialog ? dialog.querySelector('[data-id], [data-set]')
                    : e.shiftKey ? mirror.querySelector('nav [aria-current="page"]')
                                 : mirror.querySelector('main button[data-id]') || mirror.querySelector('button[data-id]');
        if (first) first.focus();
      }
      return;
    }
    if (e.key === '?' && !e.ctrlKey && !e.metaKey && !e.altKey && !isField(document.activeElement) && (inMirror() || !typing())) {
      e.stopImmediatePropagation();
      e.preventDefault();
      openHelp();
      return;
    }
    if (!inMirror()) return;
    const el = document.activeElement;
    const dialog = el.closest('[aria-modal="true"]');
    if (dialog && e.key === 'Escape') {
      // Escape closes a dialog, as on the canvas: its Cancel or Close button.
      e.stopImmediatePropagation();
      e.preventDefault();
      const close = [...dialog.querySelectorAll('button[data-id]')].find((b) => /\/(cancel|close)$/.test(b.dataset.id));
      close?.click();
      return;
    }
    if (isField(el)) {
      // Keys typed there are the field's, not the canvas's shortcuts. Enter in a one-line
      // field presses the button it names (data-enter: "Save the title").
      if (e.key === 'Enter' && el.dataset.enter) {
        e.preventDefault();
        const button = [...view.querySelectorAll('button[data-id]')].find((b) => b.dataset.id === el.dataset.enter);
        button?.click();
      }
      if (e.key !== 'Escape' || el !== search) e.stopImmediatePropagation();
      return;
    }
    if (e.key === 'Enter' || e.key === ' ') {
      // The browser presses the focused button (a click); the canvas must not see the key too.
      e.stopImmediatePropagation();
      return;
    }
    const steps = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1, Home: -1e6, End: 1e6 };
    if (e.key in steps && el.matches('button[data-id]')) {
      e.stopImmediatePropagation();
      e.preventDefault();
      const next = neighbour(el, steps[e.key]);
      if (next) next.focus();
      return;
    }
  }, true);

  // Chromium presses a button on Enter's keypress and Space's keyup, and SDL cancels both
  // (it calls preventDefault on every key it sees): inside the mirror they are the page's.
  for (const type of ['keypress', 'keyup']) {
    window.addEventListener(type, (e) => {
      if (inMirror() && (e.key === 'Enter' || e.key === ' ' || isField(document.activeElement))) e.stopImmediatePropagation();
    }, true);
  }

  function openHelp() {
    if (!help || help.open) return;
    const back = document.activeElement;
    help.showModal();
    help.addEventListener('close', () => { if (back && back.focus) back.focus(); }, { once: true });
  }
  document.getElementById('help-close')?.addEventListener('click', () => help.close());
  window.factlensOpenHelp = openHelp;

  // --- Copying a quote with its citation and a link ------------------------------------------
  function copyText(text) {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      return navigator.clipboard.writeText(text).catch(() => copyByCommand(text));
    }
    copyByCommand(text);
    return Promise.resolve();
  }
  function copyByCommand(text) {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'copy-buffer';
    document.body.appendChild(area);
    area.select();
    try { document.execCommand('copy'); } catch { /* the browser refused */ }
    area.remove();
  }

  window.factlensMirrorHooks = {
    mirror: replace,
    copyWithLink: (text, fragment) => {
      const link = location.origin + location.pathname + location.search + (fragment ? '#' + fragment : '');
      copyText(text + '\n' + link);
    },
    copyText,
  };
})();
