import { CATEGORIES } from '../classify/types';
import { CATEGORY_COLORS } from './labels';

/**
 * Lives inside the shadow root, so the page's CSS cannot reach it and it cannot reach the page.
 * `all: initial` on the host stops inherited page styles (fonts, colours, line height).
 */
export const OVERLAY_CSS = `
/* A plain block of fixed height: no containment and no positioning, so a host is not a layer of
   its own that every paint and hit test of the page must visit. Drawing the bar rides the page's
   own layout (see content/overlays.ts), so containment would save no layout. */
:host { all: initial; display: block; margin: 4px 0; height: 28px; }
.lens { font: 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2937;
  background: #f8fafc; border: 1px solid #cbd5e1; border-left: 3px solid #0d7377; border-radius: 6px;
  padding: 0 8px; display: flex; align-items: center; gap: 4px; height: 100%;
  box-sizing: border-box; overflow-wrap: anywhere; unicode-bidi: isolate; }
/* Only an open bar is positioned: its controls drop below it, over the post. */
.lens.open { position: relative; z-index: 3; }
.lens:focus-visible { outline: 2px solid #0d7377; outline-offset: 1px; }
/* One line, of a fixed height: a verdict arriving never moves the page. Clipped with
   \`overflow: clip\`, not \`hidden\`: a \`hidden\` box can be scrolled by script, so the browser gives
   it a layer of its own, and a thousand bars' layers slow every hit test and paint of the page. */
.line { display: flex; align-items: center; gap: 4px; min-width: 0; flex: 1; overflow: clip;
  white-space: nowrap; }
.line > * { flex-shrink: 0; }
.line > .reasons, .line > .error { flex-shrink: 1; min-width: 0; overflow: clip;
  text-overflow: ellipsis; }
/* The adverse-event badge's words are long in German and French ("Mögliches unerwünschtes
   Ereignis"): on a narrow post it gives way, down to its sign, before the category pill does. */
.line > .badge.ae { flex-shrink: 2; min-width: 2.5em; overflow: clip; text-overflow: ellipsis; }
/* The controls open below the line, over the post, only while the pointer or focus is there. */
.more { display: flex; position: absolute; top: 100%; left: 0; right: 0; flex-direction: column;
  gap: 6px; padding: 6px 8px; background: #f8fafc; border: 1px solid #cbd5e1;
  border-left: 3px solid #0d7377; border-radius: 0 0 6px 6px; box-shadow: 0 4px 12px #0f172a33; }
.row { display: flex; flex-wrap: wrap; align-items: center; gap: 4px; }
.star { color: #b45309; }
.pill { border-width: 2px; }
.brand { font-weight: 600; color: #0d7377; }
.muted, .why { color: #5b6b80; }
.badge { font-weight: 600; border-radius: 4px; padding: 1px 6px; border: 0; }
button.badge:disabled { cursor: default; opacity: 1; }
.badge.hcp { background: #0d7377; color: #fff; }
.badge.not-hcp { background: #e2e8f0; color: #334155; }
.badge.ae { background: #fee2e2; color: #991b1b; }
.reasons { color: #334155; }
.chip { background: #e2e8f0; border-radius: 10px; padding: 0 7px; max-width: 20ch;
  white-space: nowrap; overflow: clip; text-overflow: ellipsis; }
.chip.target { background: #fde68a; color: #78350f; font-weight: 600; }
.chip.tag { background: #ccfbf1; display: inline-flex; align-items: center; gap: 2px; }
button { font: inherit; cursor: pointer; border: 1px solid #cbd5e1; background: #fff; color: #334155;
  border-radius: 12px; padding: 0 6px; font-size: 11px; line-height: 18px; }
button:focus-visible, input:focus-visible, textarea:focus-visible { outline: 2px solid #0d7377; outline-offset: 1px; }
button.x { border: 0; background: none; padding: 0 2px; border-radius: 50%; }
button.flag.on { background: #fef3c7; border-color: #d97706; color: #92400e; }
.cat.suggested, .pill.suggested { border-style: dashed; border-width: 2px; }
.cat.confirmed, .pill.confirmed { color: #fff; }
${CATEGORIES.map(
  (c) =>
    `.cat-${c}.suggested { border-color: ${CATEGORY_COLORS[c]}; }\n` +
    `.cat-${c}.confirmed { background: ${CATEGORY_COLORS[c]}; border-color: ${CATEGORY_COLORS[c]}; }`,
).join('\n')}
.add-tag { border-style: dashed; }
button.report-ae { border-color: #b91c1c; color: #b91c1c; }
.ae-queued { color: #b91c1c; }
.tag-input { font: inherit; border: 1px dashed #cbd5e1; border-radius: 10px; padding: 0 6px; width: 12ch;
  background: #fff; color: #1f2937; }
.error { color: #b91c1c; }
/* Curating: the note and the collection picker (ui/CurateRow.tsx). */
.note-input { font: inherit; flex: 1; min-width: 20ch; border: 1px solid #cbd5e1; border-radius: 6px;
  padding: 4px 6px; background: #fff; color: #1f2937; resize: vertical; }
.note-text { color: #334155; white-space: pre-wrap; max-height: 4.2em; overflow: clip; flex: 1; }
.chip.pick { display: inline-flex; align-items: center; gap: 3px; cursor: pointer; }
@media (prefers-color-scheme: dark) {
  .lens, .more { background: #0f172a; color: #e2e8f0; border-color: #334155; }
  .reasons, .note-text { color: #cbd5e1; }
  .brand { color: #5eead4; }
  .muted, .why { color: #94a3b8; }
  .star { color: #fbbf24; }
  .chip.tag { background: #134e4a; color: #ccfbf1; }
  button.report-ae { border-color: #f87171; color: #fca5a5; }
  .ae-queued, .error { color: #fca5a5; }
  .chip, .badge.not-hcp { background: #334155; color: #e2e8f0; }
  button, .tag-input, .note-input { background: #1e293b; color: #e2e8f0; border-color: #475569; }
  .lens:focus-visible, button:focus-visible, input:focus-visible, textarea:focus-visible
    { outline-color: #5eead4; }
}
/* Nothing moves for someone who asked their system for less motion. */
@media (prefers-reduced-motion: reduce) {
  *, ::before, ::after { animation: none !important; transition: none !important; }
}
`;
