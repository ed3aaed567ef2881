/**
 * The page's only stylesheet, inlined. Colours are variables: light by default, dark when the
 * system asks for it, and `data-theme` on <html> (the switch) overrides both. Text colours keep
 * at least 4.5:1 contrast against their backgrounds in both themes.
 */
export const STYLES = `
:root{--bg:#fff;--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--panel:#f6f8fa;--link:#0a58ca;--accent:#8250df;--warn-bg:#fff8c5;--warn-fg:#4d3800;--code:#f3f4f6;color-scheme:light}
@media (prefers-color-scheme:dark){:root:not([data-theme=light]){--bg:#0d1117;--fg:#e6edf3;--muted:#9da7b3;--line:#30363d;--panel:#161b22;--link:#6cb6ff;--accent:#d2a8ff;--warn-bg:#3b2e00;--warn-fg:#f8e3a1;--code:#1f242c;color-scheme:dark}}
:root[data-theme=dark]{--bg:#0d1117;--fg:#e6edf3;--muted:#9da7b3;--line:#30363d;--panel:#161b22;--link:#6cb6ff;--accent:#d2a8ff;--warn-bg:#3b2e00;--warn-fg:#f8e3a1;--code:#1f242c;color-scheme:dark}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif}
a{color:var(--link)}
code,pre,kbd{font:13px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
code{background:var(--code);padding:0 .25em;border-radius:4px}
pre{background:var(--code);padding:.75em;border-radius:6px;overflow:auto;margin:0}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;z-index:9;background:var(--bg);padding:4px 8px}
header{display:flex;gap:1em;align-items:center;padding:.6em 1.2em;border-bottom:1px solid var(--line);position:sticky;top:0;background:var(--bg);z-index:5;flex-wrap:wrap}
header h1{font-size:1.15em;margin:0;flex:1}
header .ver{color:var(--muted);font-weight:400}
input,select,button,textarea{font:inherit;color:var(--fg);background:var(--bg);border:1px solid var(--line);border-radius:6px;padding:.35em .6em}
button{cursor:pointer;background:var(--panel)}
button:hover{border-color:var(--accent)}
:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
[id]{scroll-margin-top:4em}
#search{width:18em}
.wrap{display:grid;grid-template-columns:17em minmax(0,1fr)}
nav{border-right:1px solid var(--line);padding:1em;position:sticky;top:3.2em;height:calc(100vh - 3.2em);overflow:auto}
nav h2{font-size:.8em;text-transform:uppercase;color:var(--muted);margin:1em 0 .3em;letter-spacing:.04em}
nav ul{list-style:none;margin:0;padding:0}
nav li a{display:block;padding:.1em .3em;text-decoration:none;border-radius:4px;font-size:.9em;overflow-wrap:anywhere}
nav li a:hover{background:var(--panel)}
main{padding:1em 2em 4em;min-width:0}
main h2{border-bottom:1px solid var(--line);padding-bottom:.2em;margin-top:1.6em}
.t{margin:1.5em 0 2.5em}
.t h3{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:1.15em;margin:.2em 0}
.vs{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,30em),1fr));gap:1em}
.v{border:1px solid var(--line);border-radius:8px;padding:.8em 1em;min-width:0;scroll-margin-top:4em;overflow-x:auto}
.v h4{margin:0 0 .3em;font:600 1em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.schema{margin:1em 0}
.badge{font-size:.75em;border-radius:99px;padding:.05em .6em;border:1px solid var(--line);color:var(--muted);margin-left:.4em;font-weight:400}
.dep{background:var(--warn-bg);color:var(--warn-fg);padding:.4em .7em;border-radius:6px;margin:.5em 0}
.changes{font-size:.9em;color:var(--muted)}
table{border-collapse:collapse;width:100%;font-size:.88em;margin:.5em 0}
td>code:only-child{white-space:nowrap}
th,td{border-bottom:1px solid var(--line);padding:.3em .5em;text-align:left;vertical-align:top}
th{color:var(--muted);font-weight:600}
table.f td:first-child{font:13px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:break-word}
table.f i{font-style:normal;color:var(--muted);font-size:.92em}
.ex{position:relative;margin-top:.6em}
pre.ex::before{content:'Example data';display:block;font:12px/2 system-ui,sans-serif;color:var(--muted)}
pre.ex[data-synth]::before{content:'Example data, synthesised from the schema and validated'}
pre.ex[title]::before{content:attr(title)}
.ex .tools{position:absolute;top:.4em;right:.4em;display:flex;gap:.3em;z-index:1}
.ex .tools button{font-size:.8em;padding:.15em .5em}
details summary{cursor:pointer;color:var(--muted);margin:.4em 0}
.panel{border:1px solid var(--line);border-radius:8px;padding:1em;background:var(--panel);scroll-margin-top:4em}
.panel h2{margin-top:0}
.panel label{display:block;font-weight:600;margin:.6em 0 .2em}
.panel input,.panel select{width:100%}
.row{display:flex;gap:.5em;margin-top:.8em;flex-wrap:wrap}
.note{color:var(--muted);font-size:.9em}
[hidden]{display:none!important}
@media (max-width:800px){.wrap{grid-template-columns:1fr}header,nav{position:static;height:auto;border-right:0}[id]{scroll-margin-top:0}#search{width:100%}}
@media print{header,nav,.panel,.tools,.skip,#test-event{display:none!important}.wrap{display:block}main{padding:0}.v,table,pre{break-inside:avoid}a{color:inherit;text-decoration:none}body{font-size:11pt}details>*{display:block}pre{white-space:pre-wrap}}
`.trim();
