import { describe, expect, it } from 'vitest';
import { html, jsonScript, trusted } from '../../src/emit/docs/html/html.js';

describe('html tagged template', () => {
  it('escapes every interpolation: quotes too inside a tag, markup everywhere', () => {
    const title = `<img src=x onerror="alert('x')">&`;
    expect(html`<h1 title="${title}" data-x='${title}'>${title}</h1>`.value).toBe(
      '<h1 title="&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;" data-x=\'&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;\'>&lt;img src=x onerror="alert(\'x\')"&gt;&amp;</h1>',
    );
  });

  it('knows it is inside a tag across several interpolations', () => {
    expect(html`<a href="#${'a"b'}" title="${'"'}">${'"'}</a>`.value).toBe(
      '<a href="#a&quot;b" title="&quot;">"</a>',
    );
  });

  it('escapes quotes in an attribute value of a tag fragment spliced into a tag later', () => {
    const attribute = html` data-x="${'{"a":1}'}"`;
    expect(html`<pre${attribute}>${'"'}</pre>`.value).toBe('<pre data-x="{&quot;a&quot;:1}">"</pre>');
  });

  it('nests fragments and lists unescaped, drops absent values', () => {
    const items = ['a<b', 'c'];
    expect(html`<ul>${items.map((i) => html`<li>${i}</li>`)}${undefined}${false}${0}</ul>`.value).toBe(
      '<ul><li>a&lt;b</li><li>c</li>0</ul>',
    );
  });

  it('passes only markup marked trusted', () => {
    expect(html`${trusted('<b>')}${'<b>'}`.value).toBe('<b>&lt;b&gt;');
  });

  it('keeps JSON data blocks from closing their script element', () => {
    const block = jsonScript('data', { text: '</script><script>alert(1)</script>\u2028' }).value;
    expect(block).not.toContain('</script><script>');
    const json = block.slice(block.indexOf('>') + 1, block.lastIndexOf('</script>'));
    expect(JSON.parse(json)).toEqual({ text: '</script><script>alert(1)</script>\u2028' });
  });
});
