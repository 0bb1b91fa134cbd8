import type { Plc } from '@plc-kit/core';

/** A valid PLC for tests: the given id and schools, every other field at its default unless overridden. */
export const plc = (id: string, schools: string[], extra: Partial<Plc> = {}): Plc => ({
  id,
  name: `PLC ${id}`,
  kind: 'plc',
  members: [],
  schools,
  status: 'active',
  pastCycles: [],
  history: [],
  notes: '',
  ...extra,
});
