/**
 * The hovercard's styles, inside its shadow root (page CSS cannot reach them). Light by default,
 * dark when the page is dark (`data-theme` set by the controller from the page background) or
 * when the reader prefers dark and the page gives no hint.
 */
export const HOVERCARD_CSS = `
:host { all: initial; }
.layer { position: fixed; top: 0; left: 0; width: max-content; z-index: 2147483647; }
.layer[hidden] { display: none; }
.card {
  --bg: #ffffff; --fg: #1c1f24; --muted: #5d6570; --line: #e4e7ec; --soft: #f5f7fa;
  --accent: #b45309; --claim: #1d4ed8; --outlet: #047857; --btn: #1d4ed8; --btn-fg: #ffffff;
  box-sizing: border-box; width: 360px; max-width: calc(100vw - 16px); max-height: min(460px, var(--onrecord-max-h, calc(100vh - 16px)));
  overflow: auto; overscroll-behavior: contain;
  background: var(--bg); color: var(--fg);
  border: 1px solid var(--line); border-radius: 12px;
  box-shadow: 0 12px 32px rgba(15, 23, 42, 0.18), 0 2px 6px rgba(15, 23, 42, 0.08);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  text-align: left; direction: ltr; padding: 12px 14px 10px; outline: none;
  overflow-wrap: anywhere; word-break: normal;
}
.card:focus-visible { box-shadow: 0 0 0 3px rgba(37, 99, 235, 0.45), 0 12px 32px rgba(15, 23, 42, 0.18); }
.layer[data-theme="dark"] .card {
  --bg: #1f2329; --fg: #e8eaed; --muted: #a3aab5; --line: #363c45; --soft: #272c33;
  --accent: #fbbf24; --claim: #93c5fd; --outlet: #6ee7b7; --btn: #3b82f6; --btn-fg: #ffffff;
  box-shadow: 0 12px 32px rgba(0, 0, 0, 0.5);
}
@media (prefers-color-scheme: dark) {
  .layer:not([data-theme="light"]) .card {
    --bg: #1f2329; --fg: #e8eaed; --muted: #a3aab5; --line: #363c45; --soft: #272c33;
    --accent: #fbbf24; --claim: #93c5fd; --outlet: #6ee7b7; --btn: #3b82f6; --btn-fg: #ffffff;
  }
}
header { margin-bottom: 8px; }
.top { display: flex; align-items: center; justify-content: space-between; margin-bottom: 4px; }
.badge {
  display: inline-block; font-size: 10.5px; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase;
  padding: 2px 7px; border-radius: 999px; background: var(--soft); color: var(--accent);
}
.badge.claim { color: var(--claim); }
.badge.outlet { color: var(--outlet); }
.close {
  all: unset; cursor: pointer; width: 22px; height: 22px; line-height: 20px; text-align: center;
  border-radius: 6px; color: var(--muted); font-size: 18px;
}
.close:hover, .close:focus-visible { background: var(--soft); color: var(--fg); }
h2.name { margin: 2px 0 0; font-size: 16px; line-height: 1.3; font-weight: 650; }
.title-here { margin: 1px 0 0; color: var(--muted); }
.title-earlier { margin: 1px 0 0; display: flex; flex-direction: column; gap: 1px; }
.title-earlier .title-here { margin: 0; }
.title-source { color: var(--muted); font-size: 11.5px; font-style: italic; overflow-wrap: anywhere; }
h3 {
  margin: 10px 0 4px; font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.05em;
  color: var(--muted);
}
.claim { border-top: 1px solid var(--line); padding-top: 8px; margin-top: 8px; }
.said { margin: 0 0 4px; }
.said bdi { font-weight: 600; }
.cue { color: var(--claim); font-weight: 500; }
.tag {
  margin-left: 6px; font-size: 10.5px; padding: 1px 6px; border-radius: 999px;
  border: 1px solid var(--line); color: var(--muted); white-space: nowrap;
}
blockquote { margin: 0; }
.claim .quote {
  border-left: 3px solid var(--claim); padding: 2px 0 2px 9px; background: var(--soft); border-radius: 0 6px 6px 0;
}
.credit { margin: 4px 0 0; color: var(--muted); font-size: 12px; }
.save {
  all: unset; box-sizing: border-box; margin-top: 8px; cursor: pointer; display: inline-block;
  padding: 5px 12px; border-radius: 7px; background: var(--btn); color: var(--btn-fg); font-weight: 600; font-size: 12.5px;
}
.save:hover { filter: brightness(1.08); }
.save:focus-visible { outline: 2px solid var(--claim); outline-offset: 2px; }
.save:disabled { cursor: default; background: var(--soft); color: var(--muted); }
.save.error { background: #b91c1c; }
.stored { border-top: 1px solid var(--line); margin-top: 8px; padding-top: 6px; }
.roles { display: flex; gap: 6px; align-items: baseline; flex-wrap: wrap; margin: 2px 0; }
.roles .label { color: var(--muted); font-size: 12px; }
.roles ul { display: contents; list-style: none; }
.roles li { background: var(--soft); border-radius: 6px; padding: 1px 7px; font-size: 12px; }
.roles .date { color: var(--muted); }
.counts { margin: 6px 0 0; color: var(--muted); font-size: 12px; }
.statements { list-style: none; margin: 0; padding: 0; }
.statement { padding: 7px 0; border-bottom: 1px solid var(--line); }
.statement:last-child { border-bottom: 0; }
.statement .quote { font-size: 13px; }
.statement .quote.direct { font-style: normal; }
.meta { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 3px; color: var(--muted); font-size: 11.5px; }
.meta .outlet { font-weight: 600; color: var(--fg); }
.source { font-size: 12px; margin-top: 1px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.source a { color: var(--claim); text-decoration: none; }
.source a:hover, .source a:focus-visible { text-decoration: underline; }
.muted, .empty { color: var(--muted); margin: 6px 0 0; }
.loading::after { content: ""; display: inline-block; width: 10px; }
.hint { margin-top: 8px; padding-top: 6px; border-top: 1px solid var(--line); color: var(--muted); font-size: 11px; }
kbd {
  font: 10.5px ui-monospace, SFMono-Regular, Menlo, monospace; padding: 0 4px; border-radius: 4px;
  border: 1px solid var(--line); background: var(--soft);
}
@media (prefers-reduced-motion: no-preference) {
  .card { animation: onrecord-in 120ms ease-out; }
  @keyframes onrecord-in { from { opacity: 0; transform: translateY(2px); } to { opacity: 1; transform: none; } }
}
`;
