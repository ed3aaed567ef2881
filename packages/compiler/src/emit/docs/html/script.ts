/**
 * The page's only script, inlined: search, `/` to search, theme switch, copy buttons and the
 * "send a test event" panel, which signs with Web Crypto inside the page. Nothing is fetched and
 * nothing is sent: the panel only prints the request for the reader to run.
 */
export const SCRIPT = `
(() => {
  const $ = (s, r = document) => r.querySelector(s);
  const $$ = (s, r = document) => [...r.querySelectorAll(s)];
  const root = document.documentElement;

  // Examples arrive as compact JSON; indent them as JSON.stringify(value, null, 2) would, without
  // parsing (so numbers beyond double precision stay exactly as written).
  const pretty = (src) => {
    let out = '', indent = '';
    for (let i = 0; i < src.length; i++) {
      const c = src[i];
      if (c === '"') {
        let j = i + 1;
        while (src[j] !== '"') j += src[j] === '\\\\' ? 2 : 1;
        out += src.slice(i, j + 1);
        i = j;
      } else if ((c === '{' || c === '[') && src[i + 1] === (c === '{' ? '}' : ']')) { out += c + src[++i]; }
      else if (c === '{' || c === '[') { indent += '  '; out += c + '\\n' + indent; }
      else if (c === '}' || c === ']') { indent = indent.slice(2); out += '\\n' + indent + c; }
      else if (c === ',') out += ',\\n' + indent;
      else if (c === ':') out += ': ';
      else out += c;
    }
    return out;
  };
  // Search text and example toolbars are built here rather than shipped in the markup: a
  // 200-event catalog stays small, and nothing the author wrote is parsed as HTML.
  for (const section of $$('.t')) section.dataset.s = section.textContent.toLowerCase();
  $$('pre.ex').forEach((pre, i) => {
    pre.id = 'ex-' + i;
    pre.textContent = pretty(pre.textContent);
    const box = document.createElement('div');
    box.className = 'ex';
    pre.replaceWith(box);
    const tools = document.createElement('div');
    tools.className = 'tools';
    for (const [text, key, value] of [['Copy', 'copy', pre.id], ['Send a test', 'try', pre.dataset.try]]) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = text;
      b.dataset[key] = value;
      tools.append(b);
    }
    box.append(tools, pre);
  });
  const search = $('#search');
  const status = $('#search-status');
  const filter = () => {
    const words = search.value.toLowerCase().split(/\\s+/).filter(Boolean);
    const hit = (el) => words.every((w) => el.dataset.s.includes(w));
    let shown = 0;
    const types = $$('.t');
    for (const el of types) { const ok = hit(el); el.hidden = !ok; if (ok) shown++; }
    for (const a of $$('nav [data-group] li')) a.hidden = $(a.firstChild.getAttribute('href')).hidden;
    for (const g of $$('[data-group]')) g.hidden = !$$('.t, li', g).some((el) => !el.hidden);
    status.textContent = words.length ? shown + ' of ' + types.length + ' event types match' : '';
    if (words.length) $('#events').scrollIntoView();
  };
  search.addEventListener('input', filter);
  document.addEventListener('keydown', (e) => {
    const t = e.target;
    const typing = t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement || t.isContentEditable;
    if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) { e.preventDefault(); search.focus(); search.select(); }
    if (e.key === 'Escape' && t === search) { search.value = ''; filter(); }
  });

  const themeButton = $('#theme');
  const dark = () => root.dataset.theme ? root.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  const showTheme = () => { themeButton.setAttribute('aria-pressed', String(dark())); themeButton.textContent = dark() ? 'Light theme' : 'Dark theme'; };
  try { const saved = localStorage.getItem('hookwright-theme'); if (saved === 'dark' || saved === 'light') root.dataset.theme = saved; } catch {}
  themeButton.addEventListener('click', () => {
    root.dataset.theme = dark() ? 'light' : 'dark';
    try { localStorage.setItem('hookwright-theme', root.dataset.theme); } catch {}
    showTheme();
  });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', showTheme);
  showTheme();

  const copy = async (button, text) => {
    try { await navigator.clipboard.writeText(text); button.textContent = 'Copied'; }
    catch { const r = document.createRange(); r.selectNodeContents($('#' + button.dataset.copy)); getSelection().removeAllRanges(); getSelection().addRange(r); button.textContent = 'Selected: press Ctrl+C'; }
    setTimeout(() => { button.textContent = 'Copy'; }, 1500);
  };
  document.addEventListener('click', (e) => {
    const b = e.target.closest('button');
    if (!b) return;
    if (b.dataset.copy) copy(b, $('#' + b.dataset.copy).textContent);
    if (b.dataset.try) { eventSelect.value = b.dataset.try; $('#test-event').scrollIntoView(); $('#te-secret').focus(); }
  });

  const panel = $('#test-event');
  const eventSelect = $('#te-event');
  const out = $('#te-out');
  const error = $('#te-error');
  const b64 = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes)));
  const quote = (s) => "'" + s.replace(/'/g, "'\\\\''") + "'";
  $('#te-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    error.textContent = '';
    out.hidden = true;
    try {
      const scheme = panel.dataset.scheme || 'standard';
      const secret = $('#te-secret').value.trim();
      let key;
      if (scheme === 'standard') {
        if (!secret.startsWith('whsec_')) throw new Error('The secret must start with whsec_ (a Standard Webhooks secret).');
        try { key = Uint8Array.from(atob(secret.slice(6)), (c) => c.charCodeAt(0)); } catch { throw new Error('The part after whsec_ is not base64.'); }
      } else {
        if (!secret) throw new Error('Paste the test secret first.');
        // GitHub and Stripe use the secret's text itself (Stripe's whsec_ prefix included) as the key.
        key = new TextEncoder().encode(secret);
      }
      const url = $('#te-url').value.trim();
      if (!/^https?:\\/\\//.test(url)) throw new Error('The URL must start with http:// or https://.');
      if (!crypto.subtle) throw new Error('Web Crypto is not available: open this page from a file or over https.');
      const eventId = eventSelect.value;
      const at = eventId.lastIndexOf('@');
      const example = $('pre[data-try="' + CSS.escape(eventId) + '"]');
      const data = JSON.parse(example.textContent);
      const now = new Date();
      now.setMilliseconds(0);
      const body = JSON.stringify(panel.dataset.bodyMode === 'payload' ? data
        : { type: eventId.slice(0, at), version: Number(eventId.slice(at + 1)), timestamp: now.toISOString().replace('.000Z', 'Z'), data });
      const hex = (bytes) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
      const random = hex(crypto.getRandomValues(new Uint8Array(12)));
      const timestamp = String(Math.floor(now.getTime() / 1000));
      const hmac = await crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
      const sign = (text) => crypto.subtle.sign('HMAC', hmac, new TextEncoder().encode(text));
      // The headers that name the event in payload mode (x-github-event, ...), then the delivery id and the signature.
      const headers = [['content-type', 'application/json']].concat(Object.entries(JSON.parse(example.dataset.headers || '{}')));
      if (scheme === 'standard') {
        const id = 'msg_' + random;
        headers.push(['webhook-id', id], ['webhook-timestamp', timestamp], ['webhook-signature', 'v1,' + b64(await sign(id + '.' + timestamp + '.' + body))]);
      } else {
        if (panel.dataset.delivery) headers.push([panel.dataset.delivery, random]);
        headers.push(scheme === 'github'
          ? ['x-hub-signature-256', 'sha256=' + hex(await sign(body))]
          : ['stripe-signature', 't=' + timestamp + ',v1=' + hex(await sign(timestamp + '.' + body))]);
      }
      $('#te-body').textContent = body;
      $('#te-headers').textContent = headers.map(([k, v]) => k + ': ' + v).join('\\n');
      $('#te-curl').textContent = ['curl -sS -X POST ' + quote(url)].concat(headers.map(([k, v]) => '  -H ' + quote(k + ': ' + v)), ['  --data-raw ' + quote(body)]).join(' \\\\\\n');
      out.hidden = false;
    } catch (err) {
      error.textContent = err.message;
    }
  });
})();
`.trim();
