/**
 * The pill's styles, given to createShadowRootUi as text: they live in its shadow root only, so
 * they neither leak into the page nor are hit by the page's CSS. The host is position: fixed, so
 * the page's layout never moves.
 */
export const PILL_CSS = `
:host {
  all: initial !important;
  position: fixed !important;
  right: 16px !important;
  bottom: 16px !important;
  z-index: 2147483647 !important;
  display: block !important;
}
.pill { font: 13px/1.35 system-ui, sans-serif; color: #1d1d1f; }
.pill-button { display: flex; align-items: center; gap: 6px; padding: 4px 10px; border-radius: 999px;
  border: 1px solid #c9c9cf; background: #fff; color: inherit; cursor: pointer; box-shadow: 0 2px 8px rgb(0 0 0 / 0.15); font: inherit; }
.pill-count { font-weight: 700; }
.pill-button .bias-bar-wrap { width: 64px; }
.pill-button .bias-legend { display: none; }
.bias-bar { display: flex; height: 10px; border-radius: 3px; overflow: hidden; }
.pill-panel .bias-bar { height: 14px; }
.bias-seg { min-width: 4px; color: #fff; font-size: 10px; line-height: 14px; text-align: center; overflow: hidden; }
.seg-left { background: #1f4e9c; } .seg-center { background: #7a5fa8; } .seg-right { background: #b3202a; } .seg-unrated { background: #5f5f5f; }
.bias-legend { list-style: none; padding: 0; margin: 6px 0; display: flex; flex-wrap: wrap; gap: 2px 10px; font-size: 12px; }
.swatch { display: inline-block; width: 9px; height: 9px; margin-right: 4px; border-radius: 2px; }
.pill-panel { width: 280px; padding: 10px 12px; border-radius: 10px; border: 1px solid #c9c9cf; background: #fff; box-shadow: 0 4px 16px rgb(0 0 0 / 0.2); }
.pill-title { font-weight: 700; margin: 0 0 6px; }
.blindspot { border-left: 4px solid #c77700; padding: 4px 6px; margin: 6px 0; }
.pill-actions { display: flex; justify-content: space-between; gap: 8px; }
.pill-actions button { font: inherit; cursor: pointer; }
button:focus-visible { outline: 2px solid #3b82f6; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .pill { color: #ececf0; }
  .pill-button, .pill-panel { background: #1e1f22; border-color: #3b3d42; }
}
`;
