import {
  exampleBody,
  HEADERS,
  RETRY_RULES,
  RETRY_SCHEDULE,
  SIGNATURE_STEPS,
  signingRecipe,
  statusCodes,
} from '../delivery-reference.js';
import type { DocEvent, DocEventType, DocModel, DocSchema } from '../doc-model.js';
import type { FieldRow } from '../schema-fields.js';
import type { TypeText } from '../schema-text.js';
import { deliveryHeader, namingHeaders, requestFacts } from '../wire-reference.js';
import { html, type SafeHtml, trusted } from './html.js';
import { SCRIPT } from './script.js';
import { STYLES } from './styles.js';

/** No request may leave the page: the browser enforces what the tests check. */
const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * The single-file event catalog: every byte of CSS and JS inline, no external request, all author
 * text escaped by the `html` template.
 *
 * @example
 * const page = renderPage(buildDocModel(contract, examples)); // '<!doctype html>...'
 */
export function renderPage(model: DocModel): string {
  const { contract } = model;
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${contract.title} ${contract.version}: webhook events</title>
<style>${trusted(STYLES)}</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header>
<h1>${contract.title} webhooks <span class="ver">${contract.version}</span></h1>
<label for="search">Search</label>
<input id="search" type="search" placeholder="Event, field or tag (press /)" autocomplete="off" aria-describedby="search-status">
<span id="search-status" role="status" class="note"></span>
<button id="theme" type="button" aria-pressed="false">Dark theme</button>
</header>
<div class="wrap">
<nav aria-label="Events">
<ul><li><a href="#requests">Requests and signatures</a></li><li><a href="#test-event">Send a test event</a></li></ul>
${model.groups.map((g) => html`<div data-group><h2>${g.name}</h2><ul>${g.types.map(navItem)}</ul></div>`)}
${model.schemas.length > 0 ? html`<ul><li><a href="#schemas">Shared schemas</a></li></ul>` : ''}
</nav>
<main id="main">
${contract.description ? paragraphs(contract.description) : ''}
${requests(model)}
${testPanel(model)}
<div id="events">
${model.groups.map((g) => html`<section data-group aria-labelledby="${g.anchor}"><h2 id="${g.anchor}">${g.name}</h2>${g.types.map((t) => eventType(model, t))}</section>`)}
</div>
${schemas(model)}
</main>
</div>
<script>${trusted(SCRIPT)}</script>
</body>
</html>
`;
  return page.value;
}

function navItem(type: DocEventType): SafeHtml {
  return html`<li><a href="#${type.anchor}">${type.type}</a>`;
}

function paragraphs(text: string): SafeHtml[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => html`<p>${codeSpans(p)}</p>`);
}

function eventType(model: DocModel, type: DocEventType): SafeHtml {
  return html`<section class=t id="${type.anchor}"><h3>${type.type}</h3><div class=vs>${type.versions.map((v) => version(model, type, v))}</div></section>`;
}

function version(model: DocModel, type: DocEventType, doc: DocEvent): SafeHtml {
  const { event } = doc;
  const successor = doc.successor ? model.events.find((e) => e.event.id === doc.successor) : undefined;
  const badges = [
    event.id === type.latest && type.versions.length > 1
      ? html`<span class="badge">sent by default</span>`
      : '',
    event.deprecated ? html`<span class="badge">deprecated</span>` : '',
  ];
  return html`<article class=v id="${doc.anchor}"><h4>${event.id}${badges}</h4>${event.summary ? html`<p><strong>${event.summary}</strong></p>` : ''}${event.description ? paragraphs(event.description) : ''}${event.deprecated ? html`<p class="dep"><strong>Deprecated.</strong>${successor ? html` Use <a href="#${successor.anchor}"><code>${successor.event.id}</code></a> instead.` : ''}</p>` : ''}${doc.changes ? changes(doc) : ''}${doc.headers ? html`<h5>Headers</h5>${fieldTable(model, doc.headers, 'header')}<h5>Payload</h5>` : ''}${fieldTable(model, doc.fields)}${doc.example ? example(model, doc) : html`<p class="note">No example: the schema could not be satisfied.</p>`}</article>`;
}

function changes(doc: DocEvent): SafeHtml {
  const { from, added, removed, changed } = doc.changes!;
  const parts = [
    ...added.map((p) => html`added <code>${p}</code>`),
    ...removed.map((p) => html`removed <code>${p}</code>`),
    ...changed.map((c) => html`changed ${c}`),
  ];
  const list =
    parts.length === 0 ? html`no field changes` : parts.map((p, i) => html`${i > 0 ? '; ' : ''}${p}`);
  return html`<p class="changes">Changes from <code>${from}</code>: ${list}.</p>`;
}

function example(model: DocModel, doc: DocEvent): SafeHtml {
  // Shipped compact; the script indents it and adds the Copy and "Send a test" buttons, so a
  // 200-event catalog carries that markup and whitespace once instead of 200 times. The
  // stylesheet writes the label ("Example data", or that it was synthesised).
  const synthesized = doc.example!.origin === 'synthesized';
  const payload = model.contract.bodyMode === 'payload';
  const body = payload ? html` title="Example body"` : '';
  // In payload mode the request names its event in headers too: the test panel sends them.
  const named =
    payload && model.contract.wire ? namingHeaders(model.contract, doc.event, doc.example!.value) : {};
  const headers = Object.keys(named).length > 0 ? html` data-headers="${JSON.stringify(named)}"` : '';
  return html`<pre class="ex" data-try="${doc.event.id}"${synthesized ? html` data-synth` : ''}${body}${headers}>${JSON.stringify(doc.example!.value)}</pre>`;
}

function typeHtml(model: DocModel, type: TypeText): SafeHtml[] {
  return type.map((t) =>
    typeof t === 'string' ? html`${t}` : html`<a href="#${model.schemaAnchor(t.ref)}">${t.ref}</a>`,
  );
}

function fieldTable(model: DocModel, rows: FieldRow[], column = 'field'): SafeHtml {
  if (rows.length === 0) return html`<p class="note">No fields.</p>`;
  const body = rows.map((r) => {
    const name =
      r.kind === 'includes'
        ? html`all fields of ${typeHtml(model, r.type)}`
        : r.kind === 'variant'
          ? html`${r.path || '(value)'} <i>${r.alternative}</i>`
          : r.path || '(value)';
    const notes = [
      r.deprecated ? html`<strong>Deprecated.</strong> ` : '',
      codeSpans(r.description ?? ''),
      r.constraints.length > 0 ? html` <i>${r.constraints.join('; ')}</i>` : '',
    ];
    // End tags of cells and rows are optional in HTML; leaving them out keeps big contracts light.
    const required = r.kind === 'variant' ? '' : r.required ? 'yes' : 'no';
    return html`<tr><td>${name}<td>${r.kind === 'includes' ? '' : typeHtml(model, r.type)}<td>${required}<td>${notes}`;
  });
  return html`<table class=f><tr><th>${column}<th>type<th>required<th>description${body}</table>`;
}

function requests(model: DocModel): SafeHtml {
  const first = model.events.find((e) => e.example);
  const body = first
    ? JSON.stringify(exampleBody(model.contract.bodyMode, first.event, first.example!.value))
    : '{}';
  const envelope =
    model.contract.bodyMode === 'envelope'
      ? html` The body is the envelope <code>{"type", "version", "timestamp", "data"}</code>; each event below describes <code>data</code>.`
      : html` The body is the event payload itself.`;
  const facts = model.contract.wire
    ? requestFacts(model.contract, first?.example && { event: first.event, data: first.example.value })
    : undefined;
  return html`<section id="requests" aria-labelledby="requests-h"><h2 id="requests-h">Requests and signatures</h2>
<p>Every event is a <code>POST</code> with a JSON body, signed as ${facts?.signedAs ?? 'Standard Webhooks v1'}.${envelope}</p>
<table><thead><tr><th scope="col">header</th><th scope="col">meaning</th></tr></thead><tbody>${(facts?.headers ?? HEADERS).map(([name, meaning]) => html`<tr><td><code>${name}</code></td><td>${codeSpans(meaning)}</td></tr>`)}</tbody></table>
<h3>Verifying a signature</h3>
<ol>${(facts?.steps ?? SIGNATURE_STEPS).map((s) => html`<li>${codeSpans(s)}</li>`)}</ol>
<details><summary>Sign a test request by hand with <code>curl</code> and <code>openssl</code></summary><div class="ex"><div class="tools"><button type="button" data-copy="recipe">Copy</button></div><pre id="recipe">${facts?.recipe ?? signingRecipe(body)}</pre></div></details>
<h3>Receiver status codes</h3>
<table><thead><tr><th scope="col">when</th><th scope="col">status</th></tr></thead><tbody>${statusCodes(model.contract).map(([when, status]) => html`<tr><td>${codeSpans(when)}</td><td>${codeSpans(status)}</td></tr>`)}</tbody></table>
<h3>Retries</h3>
<p>Delay before each attempt, counted from the previous one (each +-20% jitter): ${RETRY_SCHEDULE.join(', ')}.</p>
<ul>${RETRY_RULES.map((r) => html`<li>${codeSpans(r)}</li>`)}</ul>
</section>`;
}

/** The reference texts mark code with backticks (they are Markdown too). */
function codeSpans(text: string): SafeHtml[] {
  const parts = text.split('`');
  // An unmatched backtick is text, as in Markdown.
  if (parts.length % 2 === 0) parts.splice(-2, 2, `${parts.at(-2)}\`${parts.at(-1)}`);
  return parts.map((part, i) => (i % 2 === 1 ? html`<code>${part}</code>` : html`${part}`));
}

function testPanel(model: DocModel): SafeHtml {
  const options = model.events.filter((e) => e.example).map((e) => html`<option>${e.event.id}</option>`);
  const { wire } = model.contract;
  const scheme = wire?.signature ?? 'standard';
  // Only contracts with a wire setting say how they sign, so envelope pages keep their bytes.
  const signing = wire
    ? html` data-scheme="${scheme}" data-delivery="${deliveryHeader(model.contract) ?? ''}"`
    : '';
  const placeholder = scheme === 'github' ? 'the endpoint secret' : 'whsec_...';
  return html`<section id="test-event" class="panel" aria-labelledby="test-event-h" data-body-mode="${model.contract.bodyMode}"${signing}>
<h2 id="test-event-h">Send a test event</h2>
<p class="note">The page signs the example here, with Web Crypto; the secret never leaves this page and nothing is sent. Run the <code>curl</code> command yourself.</p>
<form id="te-form">
<label for="te-event">Event</label><select id="te-event">${options}</select>
<label for="te-secret">Test secret</label><input id="te-secret" type="password" autocomplete="off" spellcheck="false" placeholder="${placeholder}">
<label for="te-url">Endpoint URL</label><input id="te-url" type="url" value="http://localhost:3000/webhooks" spellcheck="false">
<div class="row"><button type="submit">Sign</button></div>
</form>
<p id="te-error" role="alert"></p>
<div id="te-out" hidden>
<h3>curl</h3><div class="ex"><div class="tools"><button type="button" data-copy="te-curl">Copy</button></div><pre id="te-curl"></pre></div>
<h3>Headers</h3><pre id="te-headers"></pre>
<h3>Body</h3><pre id="te-body"></pre>
</div>
</section>`;
}

function schemas(model: DocModel): SafeHtml | '' {
  if (model.schemas.length === 0) return '';
  return html`<section id="schemas" aria-labelledby="schemas-h"><h2 id="schemas-h">Shared schemas</h2>${model.schemas.map((s) => schema(model, s))}</section>`;
}

function schema(model: DocModel, s: DocSchema): SafeHtml {
  return html`<div class="v schema" id="${s.anchor}"><h3>${s.name}</h3>${s.description ? paragraphs(s.description) : ''}${fieldTable(model, s.fields)}</div>`;
}
