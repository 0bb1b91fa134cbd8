import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

/** SCORM 1.2 keeps at most 4,096 characters of suspend data (CMIString4096). */
export const SUSPEND_LIMIT = 4096;

/**
 * The workspace as suspend data: JSON (`j:`) when it fits, else deflated and base64-encoded (`z:`).
 * Returns undefined when even that is too long (the LMS would refuse it).
 */
export function encodeSuspend(value: unknown): string | undefined {
  const json = JSON.stringify(value);
  const plain = `j:${json}`;
  if (plain.length <= SUSPEND_LIMIT) return plain;
  const packed = `z:${toBase64(deflateSync(strToU8(json), { level: 9 }))}`;
  return packed.length <= SUSPEND_LIMIT ? packed : undefined;
}

/** Reads suspend data written by `encodeSuspend` (or plain JSON); undefined when it cannot. */
export function decodeSuspend(text: string): unknown {
  try {
    if (text.startsWith('j:')) return JSON.parse(text.slice(2));
    if (text.startsWith('z:')) return JSON.parse(strFromU8(inflateSync(fromBase64(text.slice(2)))));
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
