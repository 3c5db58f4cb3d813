/**
 * Mounts the hovercard in a shadow-root host and positions it next to a highlight with
 * @floating-ui/dom (flips and shifts to stay in the viewport, follows scrolling). The content
 * script decides when to open and close; this file only shows, updates, hides and destroys.
 */
import {
  autoUpdate,
  computePosition,
  flip,
  inline,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';
import { h, render } from 'preact';
import { createShadowHost, type ShadowHost } from '../shared/shadow-host.ts';
import type { HovercardModel } from './card-model.ts';
import { Hovercard } from './hovercard.tsx';
import { HOVERCARD_CSS } from './hovercard-styles.ts';

/** What the card is placed next to: a highlight's ranges, seen as one (possibly multi-line) box. */
export interface CardAnchor {
  getBoundingClientRect(): DOMRect;
  getClientRects(): ArrayLike<DOMRect>;
  /** An element near the anchor, so scrolling containers are followed. */
  contextElement?: Element;
}

export interface HovercardOptions {
  /** Shadow root mode (default closed: page scripts must not read the reader's history). */
  mode?: ShadowRootMode;
  onSave?: (model: HovercardModel) => void;
  onClose?: () => void;
  /** The pointer entered/left the card (the content script keeps it open meanwhile). */
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
}

export interface HovercardController {
  readonly host: HTMLElement;
  readonly isOpen: boolean;
  readonly model: HovercardModel | null;
  /** Opens (or moves) the card at `anchor`. `focus`: move keyboard focus into the card. */
  show(
    anchor: CardAnchor,
    model: HovercardModel,
    options?: { focus?: boolean; x?: number; y?: number },
  ): void;
  /** Re-renders the open card with new data (stored part loaded, save state). */
  update(model: HovercardModel): void;
  hide(): void;
  /** Whether an event target is our card (events from a shadow tree are retargeted to the host). */
  contains(target: EventTarget | null): boolean;
  destroy(): void;
}

/** Relative luminance of an rgb()/rgba() colour, or null when transparent/unknown. */
function luminance(color: string): number | null {
  const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(color);
  if (!m) return null;
  if (m[4] !== undefined && Number(m[4]) < 0.5) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => Number(v) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** 'dark' when the page behind `el` has a dark background, 'light' when light, null if unknown. */
export function pageTheme(el: Element | null | undefined): 'dark' | 'light' | null {
  const view = el?.ownerDocument?.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return null;
  for (let e: Element | null = el ?? null; e; e = e.parentElement) {
    const lum = luminance(view.getComputedStyle(e).backgroundColor);
    if (lum !== null) return lum < 0.4 ? 'dark' : 'light';
  }
  return null;
}

export function createHovercard(
  doc: Document,
  options: HovercardOptions = {},
): HovercardController {
  const shadow: ShadowHost = createShadowHost(doc, HOVERCARD_CSS, options.mode ?? 'closed');
  const layer = shadow.mount;
  layer.className = 'layer';
  layer.hidden = true;
  let model: HovercardModel | null = null;
  let stopAutoUpdate: (() => void) | null = null;
  let returnFocus: HTMLElement | null = null;
  let destroyed = false;

  layer.addEventListener('pointerenter', () => options.onPointerEnter?.());
  layer.addEventListener('pointerleave', () => options.onPointerLeave?.());

  const draw = (): void => {
    if (!model || destroyed) return;
    const current = model;
    render(
      h(Hovercard, {
        model: current,
        onSave: () => options.onSave?.(current),
        onClose: () => {
          controller.hide();
          options.onClose?.();
        },
      }),
      layer,
    );
  };

  const controller: HovercardController = {
    host: shadow.host,
    get isOpen() {
      return model !== null && !layer.hidden;
    },
    get model() {
      return model;
    },
    show(anchor, next, showOptions = {}) {
      if (destroyed) return;
      model = next;
      const theme = pageTheme(anchor.contextElement);
      if (theme) layer.setAttribute('data-theme', theme);
      else layer.removeAttribute('data-theme');
      draw();
      layer.hidden = false;
      stopAutoUpdate?.();
      const reference: VirtualElement = {
        getBoundingClientRect: () => anchor.getBoundingClientRect(),
        getClientRects: () => Array.from(anchor.getClientRects()),
        ...(anchor.contextElement ? { contextElement: anchor.contextElement } : {}),
      };
      const { x, y } = showOptions;
      const place = (): void => {
        void computePosition(reference, layer, {
          strategy: 'fixed',
          placement: 'bottom-start',
          middleware: [
            inline(x !== undefined && y !== undefined ? { x, y } : {}),
            offset(8),
            flip({ padding: 8 }),
            shift({ padding: 8 }),
            // A long card scrolls inside itself rather than running off the screen.
            size({
              padding: 8,
              apply({ availableHeight }) {
                layer.style.setProperty(
                  '--onrecord-max-h',
                  `${Math.max(160, Math.floor(availableHeight))}px`,
                );
              },
            }),
          ],
        }).then((pos) => {
          layer.style.transform = `translate(${Math.round(pos.x)}px, ${Math.round(pos.y)}px)`;
        });
      };
      stopAutoUpdate = autoUpdate(reference, layer, place, {
        animationFrame: false,
        elementResize: false,
      });
      if (showOptions.focus) {
        const active = doc.activeElement;
        if (active instanceof doc.defaultView!.HTMLElement && active !== shadow.host)
          returnFocus = active;
        (layer.querySelector('.card') as HTMLElement | null)?.focus({ preventScroll: true });
      }
    },
    update(next) {
      if (!model) return;
      model = next;
      draw();
    },
    hide() {
      if (model === null) return;
      const hadFocus = doc.activeElement === shadow.host;
      model = null;
      stopAutoUpdate?.();
      stopAutoUpdate = null;
      layer.hidden = true;
      render(null, layer);
      if (hadFocus && returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
      returnFocus = null;
    },
    contains(target) {
      return target === shadow.host;
    },
    destroy() {
      if (destroyed) return;
      controller.hide();
      destroyed = true;
      shadow.destroy();
    },
  };
  return controller;
}
