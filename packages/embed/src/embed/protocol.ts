/** Messages between an embed frame and the resizer on its host page (all `postMessage` data). */
export type FrameMessage =
  /** The frame's content height in CSS pixels. */
  | { type: 'plc-kit:resize'; height: number }
  /** A `plc-complete` (or other `plc-*` event) inside the frame, passed on to the host page. */
  | { type: 'plc-kit:event'; event: string; detail: unknown };

/** The host asks every frame to report its height now (the resizer loaded after the frame). */
export interface HostMessage {
  type: 'plc-kit:hello';
}

export const MIN_HEIGHT = 40;
export const MAX_HEIGHT = 20000;

/** Reads a message's data as one of ours, or undefined. */
export function readFrameMessage(data: unknown): FrameMessage | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const m = data as Record<string, unknown>;
  if (m.type === 'plc-kit:resize' && typeof m.height === 'number' && Number.isFinite(m.height)) {
    return { type: m.type, height: Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(m.height))) };
  }
  if (m.type === 'plc-kit:event' && typeof m.event === 'string' && /^plc-[a-z-]+$/.test(m.event)) return { type: m.type, event: m.event, detail: m.detail };
  return undefined;
}
