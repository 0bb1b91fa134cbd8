// CSV import in steps (importCsvSteps): a large file is read a slice at a time, so a page never freezes
// on it, and what it reads is exactly what one pass reads: the same rows, the same problems on the same lines.
import { expect } from '@open-wc/testing';
import { csvFileKind, importCsv, importCsvSteps, parseSchoolsCsv, runSliced, MAX_CSV_CELL, type CsvImport } from '@plc-kit/core';

/** Steps to the end, keeping every share they yield. */
function stepThrough(steps: Generator<number, CsvImport>): { result: CsvImport; shares: number[] } {
  const shares: number[] = [];
  for (;;) {
    const next = steps.next();
    if (next.done) return { result: next.value, shares };
    shares.push(next.value);
  }
}

/**
 * A schools file of `count` rows with a bad row every so often, each kind of problem in turn, and the
 * lines where they are (worked out while writing it, a quoted line break counting as a line).
 */
function schoolsFile(count: number, newline: string, delimiter = ',') {
  const lines = [['id', 'name', 'cluster', 'phase'].join(delimiter)];
  const bad = new Map<number, RegExp>();
  const good: string[] = [];
  const quotes = delimiter === ',';
  for (let i = 0; i < count; i++) {
    const line = lines.length + 1 + lines.slice(1).reduce((n, l) => n + (l.split(newline).length - 1), 0);
    const kind = i % 173 === 172 ? i % 5 : -1;
    if (kind === 0) {
      lines.push(['', `No id ${i}`, 'Aber', 'primary'].join(delimiter));
      bad.set(line, /no id/);
    } else if (kind === 1) {
      lines.push([`bad id ${i}`, `Spaces ${i}`, 'Aber', 'primary'].join(delimiter));
      bad.set(line, /no spaces/);
    } else if (kind === 2) {
      lines.push([`s${i}`, 'x'.repeat(MAX_CSV_CELL + 1), 'Aber', 'primary'].join(delimiter));
      bad.set(line, /too long/);
    } else if (kind === 3) {
      lines.push([`s${i}`, `Too many ${i}`, 'Aber', 'primary', 'extra', 'more'].join(delimiter));
      bad.set(line, /6 cells/);
    } else if (kind === 4 && quotes) {
      lines.push(`s${i},"Broken "quote ${i},Aber,primary`);
      bad.set(line, /could not be read as CSV/);
    } else if (quotes && i % 211 === 7) {
      // A quoted cell over two lines: one record, two lines.
      lines.push(`s${i},"Ysgol ${i}${newline}(annex)",Cwm,secondary`);
      good.push(`s${i}`);
    } else {
      lines.push([`s${i}`, `Ysgol ${i}`, i % 2 ? 'Aber' : 'Cwm', 'primary'].join(delimiter));
      good.push(`s${i}`);
    }
    if (i % 389 === 0) lines.push('');
  }
  return { text: lines.join(newline) + newline, bad, good };
}

describe('importCsvSteps: large files in steps', () => {
  for (const newline of ['\n', '\r\n']) {
    it(`reads ${JSON.stringify(newline)} files in many short steps, with every bad line listed by its line, as one pass does`, () => {
      const { text, bad, good } = schoolsFile(6000, newline);
      const { result, shares } = stepThrough(importCsvSteps({ schools: text }));
      expect(shares.length, 'steps').to.be.greaterThan(20);
      expect(shares.every((s, i) => s >= 0 && s <= 1 && (i === 0 || s >= shares[i - 1]!)), 'shares rise from 0 to 1').to.equal(true);
      expect(result).to.deep.equal(importCsv({ schools: text }));
      expect(result.schools.map((s) => s.id)).to.deep.equal(good);
      // Problems found while reading lines come before those found checking their cells.
      expect(result.problems.map((p) => p.line).sort((a, b) => a - b)).to.deep.equal([...bad.keys()]);
      for (const p of result.problems) expect(p.reason.en, `line ${p.line}`).to.match(bad.get(p.line)!);
    });
  }

  it('reads quote-free files of any delimiter by windows, the same as one pass', () => {
    for (const delimiter of [';', '\t']) {
      const { text, bad, good } = schoolsFile(4000, '\r\n', delimiter);
      const result = parseSchoolsCsv(`\uFEFF${text}`);
      expect(result.schools.map((s) => s.id), delimiter).to.deep.equal(good);
      expect(result.problems.map((p) => p.line).sort((a, b) => a - b), delimiter).to.deep.equal([...bad.keys()]);
    }
  });

  it('counts lines right in a file with a byte-order mark and CR line ends', () => {
    const result = parseSchoolsCsv('\uFEFFid,name\rs1,One\r,No id\rs2,Two\r');
    expect(result.schools.map((s) => s.id)).to.deep.equal(['s1', 's2']);
    expect(result.problems.map((p) => p.line)).to.deep.equal([3]);
  });

  it('memberships in steps name schools from the schools file, as in one pass', async () => {
    const { text: schools } = schoolsFile(2000, '\n');
    const rows = ['plc_id,plc_name,school_id,member_id,member_name'];
    for (let i = 0; i < 5000; i++) rows.push(`p${i % 700},PLC ${i % 700},s${(i * 7) % 2100},${i % 3 ? `m${i}` : ''},${i % 3 ? `Person ${i}` : ''}`);
    const files = { schools, memberships: rows.join('\n') };
    let pauses = 0;
    const result = await runSliced(importCsvSteps(files), { sliceMs: 1 }, () => pauses++);
    expect(pauses).to.be.greaterThan(5);
    expect(result).to.deep.equal(importCsv(files));
    expect(result!.problems.some((p) => p.file === 'memberships' && /No school has the id/.test(p.reason.en))).to.equal(true);
  });
});

describe('csvFileKind', () => {
  it('tells schools from memberships by the first line, Welsh headers too', () => {
    expect(csvFileKind('id,name,cluster\ns1,One,A')).to.equal('schools');
    expect(csvFileKind('\uFEFFid_ysgol;enw\n')).to.equal('schools');
    expect(csvFileKind('"plc_id","school_id"\r\np1,s1')).to.equal('memberships');
    expect(csvFileKind('cdp;ysgol\n')).to.equal('memberships');
    expect(csvFileKind('colour,size\nred,big')).to.equal(undefined);
  });
});
