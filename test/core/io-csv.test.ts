import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  csvFileKind,
  csvFileProblem,
  importCsv,
  membershipsToCsv,
  parseMembershipsCsv,
  parseSchoolsCsv,
  schoolsToCsv,
  toCsv,
  MAX_CSV_CELL,
  type CsvProblem,
} from '@plc-kit/core';

const lines = (...rows: string[]) => rows.join('\n');
const problemOn = (problems: CsvProblem[], line: number, pattern?: RegExp): CsvProblem => {
  const found = problems.find((p) => p.line === line && (!pattern || pattern.test(p.reason.en)));
  expect(found, `problem on line ${line} ${pattern ?? ''}; got ${JSON.stringify(problems.map((p) => [p.line, p.reason.en]))}`).to.not.equal(undefined);
  expect(found!.reason.cy ?? '').to.not.equal('');
  return found!;
};

describe('parseSchoolsCsv', () => {
  it('reads good rows, headers in any case and order', () => {
    const result = parseSchoolsCsv(
      lines('Name,ID,Cluster,Local Authority,Phase,Lat,Lon', 'Ysgol Gymraeg Aberystwyth,s1,Aber,Ceredigion,Primary,52.41,-4.08', '"Penglais School, Aberystwyth",s2,Aber,Ceredigion,secondary,,'),
    );
    expect(result.problems).to.deep.equal([]);
    expect(result.schools).to.deep.equal([
      { id: 's1', name: 'Ysgol Gymraeg Aberystwyth', cluster: 'Aber', localAuthority: 'Ceredigion', phase: 'primary', lat: 52.41, lon: -4.08 },
      { id: 's2', name: 'Penglais School, Aberystwyth', cluster: 'Aber', localAuthority: 'Ceredigion', phase: 'secondary' },
    ]);
  });

  it('accepts Welsh headers and values, semicolons and a byte-order mark', () => {
    const result = parseSchoolsCsv('\uFEFFid_ysgol;enw;clwstwr;awdurdod lleol;cyfnod;lledred;hydred\ns1;Ysgol y Dderi;Llanybydder;Ceredigion;cynradd;52,07;-4,16\n');
    expect(result.problems).to.deep.equal([]);
    expect(result.schools[0]).to.deep.include({ id: 's1', name: 'Ysgol y Dderi', phase: 'primary', lat: 52.07, lon: -4.16 });
  });

  it('reports bad rows by line and keeps the good ones', () => {
    const text = lines(
      'id,name,cluster,local_authority,phase,lat,lon',
      's1,One,,,,,', // 2 good
      's1,Duplicate,,,,,', // 3 duplicate id
      ',No id,,,,,', // 4 missing id
      'bad id,Spaces,,,,,', // 5 bad id
      's2,,,,,,', // 6 missing name
      's3,Bad numbers,,,primary,north,200', // 7 bad lat and lon → imported without them
      's4,Bad phase,,,kindergarten,,', // 8 bad phase → imported without it
      `s5,${'x'.repeat(MAX_CSV_CELL + 1)},,,,,`, // 9 huge cell
      's6,Too,many,cells,,,,,,', // 10 wrong count
      's7,"Broken "quote,,,,,', // 11 malformed
      '',
      's8,After a blank line,,,,,', // 13 good
    );
    const result = parseSchoolsCsv(text);
    expect(result.schools.map((s) => s.id)).to.deep.equal(['s1', 's3', 's4', 's8']);
    problemOn(result.problems, 3, /already appeared on line 2/);
    problemOn(result.problems, 4, /no id/);
    problemOn(result.problems, 5, /no spaces/);
    problemOn(result.problems, 6, /no name/);
    expect(problemOn(result.problems, 7, /"north" is not a number/).column).to.equal('lat');
    expect(problemOn(result.problems, 7, /"200" is not a number between -180 and 180/).column).to.equal('lon');
    problemOn(result.problems, 8, /phase "kindergarten"/);
    problemOn(result.problems, 9, /too long/);
    problemOn(result.problems, 10, /cells/);
    problemOn(result.problems, 11, /could not be read as CSV/);
    expect(result.schools.find((s) => s.id === 's3')).to.deep.equal({ id: 's3', name: 'Bad numbers', phase: 'primary' });
  });

  it('counts lines through quoted line breaks', () => {
    const result = parseSchoolsCsv(lines('id,name', 's1,"Two', 'lines"', 's1,Again'));
    expect(result.schools).to.have.length(1);
    problemOn(result.problems, 4, /line 2/);
  });

  it('reports a missing required column, an empty file and a non-text input', () => {
    problemOn(parseSchoolsCsv('name,cluster\nA,B').problems, 1, /"id" is missing/);
    problemOn(parseSchoolsCsv('').problems, 1, /empty/);
    problemOn(parseSchoolsCsv(undefined).problems, 1, /as text/);
    expect(parseSchoolsCsv('id,name,colour\ns1,A,red').problems[0]!.reason.en).to.match(/"colour".*ignored/);
  });

  it('says a file with a header and no rows under it has no rows, and only then', () => {
    for (const text of ['id,name,cluster', 'id,name\r\n', '\uFEFFid;enw\n\n  \n']) {
      const { schools, problems } = parseSchoolsCsv(text);
      expect(schools, JSON.stringify(text)).to.deep.equal([]);
      expect(problems.map((p) => [p.line, p.reason.en, p.reason.cy])).to.deep.equal([
        [1, 'No rows were found below the header line.', 'Doedd dim rhesi o dan y llinell bennawd.'],
      ]);
    }
    problemOn(parseMembershipsCsv('plc_id,school_id,member_id\n').problems, 1, /No rows were found/);
    // Lines that are there but bad are reported for what they are, not as missing.
    expect(parseSchoolsCsv('id,name\nbad id,X').problems.map((p) => p.line)).to.deep.equal([2]);
    expect(parseSchoolsCsv('id,name\ns1,One').problems).to.deep.equal([]);
  });
});

describe('csvFileProblem', () => {
  const utf16 = (text: string) => [...text].map((c) => `${c}\u0000`).join('');

  it('names an empty, a too-large or a UTF-16 file before its header is looked at', () => {
    expect(csvFileProblem('')!.en).to.match(/empty/);
    expect(csvFileProblem(' \r\n\t')!.cy).to.match(/wag/);
    const text = utf16('id,name\ns1,Ysgol Un\n');
    // Read as UTF-8, its header names no column, so without this it would look like no CSV at all.
    expect(csvFileKind(text)).to.equal(undefined);
    expect(csvFileProblem(text)!.en).to.match(/UTF-16.*CSV UTF-8/);
    expect(csvFileProblem(`\uFFFD\uFFFD${text}`)!.en).to.match(/UTF-16/);
    expect(parseSchoolsCsv(text).problems.map((p) => p.reason.en)).to.deep.equal([csvFileProblem(text)!.en]);
    expect(csvFileProblem('id,name\ns1,Ysgol Un')).to.equal(undefined);
  });
});

describe('parseMembershipsCsv', () => {
  const header = 'plc_id,plc_name,kind,school_id,member_id,member_name,role';

  it('builds PLCs, members and school links', () => {
    const result = parseMembershipsCsv(
      lines(header, 'p1,Reading,plc,s1,m1,Ann,teacher', 'p1,Reading,plc,s2,m2,Bryn,', 'p2,Numeracy network,rhwydwaith,s1,m1,Ann,', 'p2,,,s3,,,'),
      { knownSchools: ['s1', 's2', 's3'] },
    );
    expect(result.problems).to.deep.equal([]);
    expect(result.members).to.deep.equal([
      { id: 'm1', name: 'Ann', role: 'teacher', school: 's1' },
      { id: 'm2', name: 'Bryn', school: 's2' },
    ]);
    expect(result.plcs.map((p) => [p.id, p.name, p.kind, p.members, p.schools])).to.deep.equal([
      ['p1', 'Reading', 'plc', ['m1', 'm2'], ['s1', 's2']],
      ['p2', 'Numeracy network', 'network', ['m1'], ['s1', 's3']],
    ]);
    expect(result.plcs[0]!.status).to.equal('forming');
  });

  it('reports unknown schools, duplicates, conflicts and bad kinds by line', () => {
    const result = parseMembershipsCsv(
      lines(
        header,
        'p1,Reading,plc,s1,m1,Ann,', // 2
        'p1,Reading,plc,s9,m2,Bryn,', // 3 unknown school
        'p1,Reading,plc,s1,m1,Ann,', // 4 duplicate membership
        'p1,Writing,plc,s1,m3,Ann,', // 5 PLC name conflict (kept)
        'p2,Other,plc,s1,m1,Anne,', // 6 member name conflict (kept)
        'p3,Third,committee,s1,m4,Ceri,', // 7 bad kind → plc
        ',No plc,,s1,m5,Dai,', // 8 missing plc id
        'p4,Nobody,,,,,', // 9 neither member nor school
      ),
      { knownSchools: ['s1'] },
    );
    problemOn(result.problems, 3, /No school has the id "s9"/);
    problemOn(result.problems, 4, /repeats line 2/);
    problemOn(result.problems, 5, /PLC "p1" already appeared on line 2/);
    problemOn(result.problems, 6, /member "m1" already appeared on line 2/);
    problemOn(result.problems, 7, /kind "committee"/);
    problemOn(result.problems, 8, /no plc_id/);
    problemOn(result.problems, 9, /no member_id/);
    expect(result.plcs.map((p) => p.id)).to.deep.equal(['p1', 'p2', 'p3']);
    expect(result.plcs.find((p) => p.id === 'p3')!.kind).to.equal('plc');
    expect(result.members.map((m) => m.id)).to.deep.equal(['m1', 'm3', 'm4']);
  });

  it('importCsv lets memberships name schools from the schools file, and tags problems by file', () => {
    const result = importCsv({ schools: 'id,name\ns1,One\nbad id,Two', memberships: `${header}\np1,P,,s1,m1,Ann,\np1,P,,s2,m2,Bryn,` });
    expect(result.schools.map((s) => s.id)).to.deep.equal(['s1']);
    expect(result.plcs[0]!.members).to.deep.equal(['m1']);
    expect(result.problems.map((p) => [p.file, p.line])).to.deep.equal([
      ['schools', 3],
      ['memberships', 3],
    ]);
  });
});

describe('toCsv', () => {
  it('quotes cells that need it and doubles quote marks', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"', 'two\nlines', ' padded', 3, null, undefined, true]])).to.equal(
      'a,"b,c","say ""hi""","two\nlines"," padded",3,,,true\r\n',
    );
  });

  it('guards against formula injection', () => {
    expect(toCsv([['=SUM(A1)', '+1', '-2', '@cmd', '\tx', 'safe', -5]])).to.equal(`'=SUM(A1),'+1,'-2,'@cmd,"'\tx",safe,-5\r\n`);
    expect(toCsv([['=HYPERLINK("http://x","y")']])).to.equal(`"'=HYPERLINK(""http://x"",""y"")"\r\n`);
  });

  it('schools and memberships export and import back unchanged', () => {
    const schools = [
      { id: 's1', name: '=Ysgol "Cwm", Glas', cluster: 'A', localAuthority: 'Gwynedd', phase: 'primary' as const, lat: 52.9, lon: -4.1 },
      { id: 's2', name: 'Ysgol Uwchradd' },
    ];
    const back = parseSchoolsCsv(schoolsToCsv(schools));
    expect(back.problems).to.deep.equal([]);
    expect(back.schools).to.deep.equal(schools);

    const members = [
      { id: 'm1', name: 'Ann', school: 's1', role: 'teacher' },
      { id: 'm2', name: 'Bryn', school: 's2' },
    ];
    const plcs = parseMembershipsCsv(
      'plc_id,plc_name,kind,school_id,member_id,member_name,role\np1,Reading,network,s1,m1,Ann,teacher\np1,Reading,network,s2,m2,Bryn,',
      { knownSchools: ['s1', 's2'] },
    ).plcs;
    const again = parseMembershipsCsv(membershipsToCsv({ plcs, members }), { knownSchools: ['s1', 's2'] });
    expect(again.problems).to.deep.equal([]);
    expect(again.plcs).to.deep.equal(plcs);
    expect(again.members).to.deep.equal(members);
  });
});

describe('CSV parsers never throw (property)', () => {
  const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('"', '""', ',', '\n', '\r\n', ';', '=1', 's1', '52.4', 'NaN', '', ' '));
  const csvish = fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 12 }).map((rows) => rows.map((r) => r.join(',')).join('\n'));
  const withHeader = (header: string) => csvish.map((body) => `${header}\n${body}`);

  it('for any text, with and without a proper header', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), csvish, withHeader('id,name,cluster,local_authority,phase,lat,lon'), withHeader('plc_id,plc_name,kind,school_id,member_id,member_name,role')), (text) => {
        for (const result of [parseSchoolsCsv(text), parseMembershipsCsv(text, { knownSchools: ['s1'] }), importCsv({ schools: text, memberships: text })]) {
          expect(result.schools).to.be.an('array');
          for (const p of result.problems) {
            expect(p.line).to.be.a('number').and.to.be.at.least(1);
            expect(p.reason.en).to.be.a('string');
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('for any value at all', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(parseSchoolsCsv(value).problems.length).to.be.greaterThan(0);
        expect(parseMembershipsCsv(value).problems.length).to.be.greaterThan(0);
      }),
      { numRuns: 100 },
    );
  });

  it('toCsv output parses back to the same cells (after the formula guard)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ minLength: 1 }).filter((s) => s.trim() !== '' && s === s.trim()), fc.string()), { minLength: 1, maxLength: 5 }), (rows) => {
        const schools = rows.map(([name], i) => ({ id: `s${i}`, name: name.slice(0, 500) }));
        const back = parseSchoolsCsv(schoolsToCsv(schools));
        expect(back.schools).to.deep.equal(schools.filter((s) => s.name.length <= MAX_CSV_CELL));
      }),
      { numRuns: 200 },
    );
  });
});
