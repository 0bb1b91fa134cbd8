import type { Pin } from '../schema/network.js';
import type { NetworkData } from './data.js';

/** `plc-select` from `<plc-network-map>`: a school or a PLC was chosen (by pointer, keyboard, table or search). */
export interface NetworkSelectDetail {
  kind: 'school' | 'plc';
  id: string;
}

/**
 * `plc-change` from `<plc-network-map>`: the data changed (a CSV import) or the user pinned a node.
 * `pins` are all the pins of that map (`mapKey`), by node id, in layout units.
 */
export type NetworkChangeDetail =
  | { kind: 'data'; data: NetworkData; imported: { schools: number; plcs: number; members: number } }
  | { kind: 'pins'; mapKey: string; pins: Record<string, Pin> };
