import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  ChecklistResponse,
  answerChecklist,
  bandFor,
  checklistAnswers,
  checklistCsv,
  checklistExport,
  checklistFrameworks,
  checklistSummary,
  checklistTarget,
  emptyWorkspace,
  findChecklistResponse,
  isId,
  removeChecklistResponse,
  scoreChecklist,
  type ChecklistFramework,
} from '@plc-kit/core';

const plcOrNot = checklistFrameworks['plc-or-not']!;
const ids = plcOrNot.items.map((i) => i.id);

/** Answers with the first `plcRows` rows on the PLC side (value `high`) and the rest on the other side (`low`). */
function answers(plcRows: number, high = 4, low = 1): Record<string, number> {
  return Object.fromEntries(ids.map((id, i) => [id, i < plcRows ? high : low]));
}

const tiny: ChecklistFramework = {
  id: 'tiny',
  kind: 'checklist',
  heuristic: false,
  title: { en: 'Tiny' },
  source: { citation: 'Test' },
  items: [
    { id: 'a', plc: { en: 'A yes' }, not: { en: 'A no' }, strengthen: { en: 'Do A' } },
    { id: 'b', plc: { en: 'B yes' }, strengthen: { en: 'Do B' } },
    { id: 'c', plc: { en: 'C yes' }, not: { en: 'C no' }, strengthen: { en: 'Do C' } },
    { id: 'd', plc: { en: 'D yes' }, not: { en: 'D no' }, strengthen: { en: 'Do D' } },
  ],
  bands: [
    { id: 'high', min: 0.75, label: { en: 'High' }, summary: { en: 'High' } },
    { id: 'low', min: 0, label: { en: 'Low' }, summary: { en: 'Low' } },
    { id: 'mid', min: 0.5, label: { en: 'Mid' }, summary: { en: 'Mid' } },
  ],
};

describe('checklist scoring', () => {
  it('counts rows on the PLC side (3–4) and reports an xAPI-shaped score', () => {
    const result = scoreChecklist(plcOrNot, answers(7, 3, 2));
    expect(result.score).to.deep.equal({ raw: 7, min: 0, max: 11, scaled: 7 / 11 });
    expect(result.answered).to.equal(11);
    expect(result.total).to.equal(11);
    expect(result.complete).to.be.true;
    expect(result.unanswered).to.deep.equal([]);
  });

  it('bands the plc-or-not score at its documented cut-offs (5 rows not yet, 6 emerging, 9 working)', () => {
    expect(scoreChecklist(plcOrNot, answers(0)).band?.id).to.equal('not-yet');
    expect(scoreChecklist(plcOrNot, answers(5)).band?.id).to.equal('not-yet');
    expect(scoreChecklist(plcOrNot, answers(6)).band?.id).to.equal('emerging');
    expect(scoreChecklist(plcOrNot, answers(8)).band?.id).to.equal('emerging');
    expect(scoreChecklist(plcOrNot, answers(9)).band?.id).to.equal('working-as-a-plc');
    expect(scoreChecklist(plcOrNot, answers(11)).band?.id).to.equal('working-as-a-plc');
  });

  it('takes the band with the highest min at or below the score, whatever order bands come in', () => {
    expect(scoreChecklist(tiny, { a: 4, b: 4, c: 1, d: 1 }).band?.id).to.equal('mid');
    expect(scoreChecklist(tiny, { a: 4, b: 4, c: 3, d: 1 }).band?.id).to.equal('high');
    expect(scoreChecklist(tiny, { a: 2, b: 4, c: 1, d: 1 }).band?.id).to.equal('low');
    expect(bandFor([{ id: 'x', min: 0.4, label: { en: 'x' }, summary: { en: 'x' } }], 0.2)).to.equal(undefined);
  });

  it('reads a single-pole item as agreement: 3 (agree) and 4 count, 1–2 do not', () => {
    expect(scoreChecklist(tiny, { a: 1, b: 3, c: 1, d: 1 }).score.raw).to.equal(1);
    expect(scoreChecklist(tiny, { a: 1, b: 2, c: 1, d: 1 }).score.raw).to.equal(0);
  });

  it('orders feedback weakest first (lowest answer, then item order) with each item’s strengthen text', () => {
    const result = scoreChecklist(tiny, { a: 3, b: 1, c: 4, d: 1 });
    expect(result.feedback.map((f) => f.item.id)).to.deep.equal(['b', 'd', 'a', 'c']);
    expect(result.feedback.map((f) => f.strengthen.en)).to.deep.equal(['Do B', 'Do D', 'Do A', 'Do C']);
    expect(result.feedback.map((f) => f.level)).to.deep.equal(['priority', 'priority', 'next', 'strength']);
    expect(result.feedback.map((f) => f.plcSide)).to.deep.equal([false, false, true, true]);
  });

  it('leaves unanswered rows out of the feedback, counts them off the PLC side, and is not complete', () => {
    const result = scoreChecklist(tiny, { a: 4, c: 2 });
    expect(result.complete).to.be.false;
    expect(result.answered).to.equal(2);
    expect(result.unanswered).to.deep.equal(['b', 'd']);
    expect(result.score).to.deep.equal({ raw: 1, min: 0, max: 4, scaled: 0.25 });
  });

  it('ignores answers to unknown items and values off the 1–4 scale', () => {
    const odd = { a: 4, b: 0, c: 2.5, d: '4', zzz: 4 } as unknown as Record<string, number>;
    expect(checklistAnswers(tiny, odd)).to.deep.equal({ a: 4 });
    expect(scoreChecklist(tiny, odd).answered).to.equal(1);
    expect(scoreChecklist(tiny, undefined).answered).to.equal(0);
  });

  it('holds for any answers: raw counts 3s and 4s, scaled = raw ÷ max, feedback sorted and complete', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }), { minLength: 11, maxLength: 11 }), (values) => {
        const given: Record<string, number> = {};
        values.forEach((v, i) => {
          if (v !== undefined) given[ids[i]!] = v;
        });
        const result = scoreChecklist(plcOrNot, given);
        const defined = values.filter((v): v is number => v !== undefined);
        expect(result.score.raw).to.equal(defined.filter((v) => v >= 3).length);
        expect(result.score.scaled).to.equal(result.score.raw / 11);
        expect(result.answered + result.unanswered.length).to.equal(11);
        expect(result.complete).to.equal(defined.length === 11);
        for (let i = 1; i < result.feedback.length; i++) {
          const [a, b] = [result.feedback[i - 1]!, result.feedback[i]!];
          expect(a.answer < b.answer || (a.answer === b.answer && a.index < b.index)).to.be.true;
        }
        expect(result.band).to.not.equal(undefined);
      }),
      { numRuns: 200 },
    );
  });
});

describe('checklist responses in the workspace', () => {
  it('keys a response by PLC when the id is valid, else by storage key', () => {
    expect(checklistTarget('plc-or-not', { plc: 'reading-plc', key: 'site' })).to.deep.equal({
      id: 'checklist:plc-or-not:plc:reading-plc',
      framework: 'plc-or-not',
      plc: 'reading-plc',
    });
    expect(checklistTarget('plc-or-not', { plc: '<img src=x>', key: 'my site/page' })).to.deep.equal({
      id: 'checklist:plc-or-not:key:my-site-page',
      framework: 'plc-or-not',
    });
    expect(checklistTarget('plc-or-not', {}).id).to.equal('checklist:plc-or-not:key:plc-kit');
    expect(checklistTarget('plc-or-not', { plc: 'grŵp-darllen', key: 'ysgol gân' })).to.deep.equal({
      id: 'checklist:plc-or-not:plc:grŵp-darllen',
      framework: 'plc-or-not',
      plc: 'grŵp-darllen',
    });
    expect(checklistTarget('plc-or-not', { key: 'ysgol gân/ŵ' }).id).to.equal('checklist:plc-or-not:key:ysgol-gân-ŵ');
  });

  it('tells valid ids (any letters, digits, _ . : -) from invalid ones', () => {
    for (const ok of ['a', 'reading-y5_6', 'p:1.2', 'grŵp', 'x'.repeat(200)]) expect(isId(ok), ok).to.be.true;
    for (const bad of ['', 'has space', '<b>', 'a/b', 'x'.repeat(201)]) expect(isId(bad), bad).to.be.false;
  });

  it('records answers without mutating, one response per target, and marks completion once', () => {
    const target = checklistTarget('tiny', { plc: 'p1' });
    const empty = emptyWorkspace();
    const one = answerChecklist(empty, target, 'a', 4, { now: '2026-01-01T00:00:00Z', framework: tiny });
    expect(empty.checklistResponses).to.have.length(0);
    expect(one.checklistResponses).to.have.length(1);
    const saved = findChecklistResponse(one, target)!;
    expect(saved).to.include({ id: target.id, framework: 'tiny', plc: 'p1', startedAt: '2026-01-01T00:00:00Z' });
    expect(ChecklistResponse.safeParse(saved).success).to.be.true;
    expect(answerChecklist(one, target, 'a', 4)).to.equal(one);

    let ws = one;
    for (const id of ['b', 'c']) ws = answerChecklist(ws, target, id, 2, { now: '2026-01-02T00:00:00Z', framework: tiny });
    expect(findChecklistResponse(ws, target)!.completedAt).to.equal(undefined);
    ws = answerChecklist(ws, target, 'd', 3, { now: '2026-01-03T00:00:00Z', framework: tiny });
    expect(findChecklistResponse(ws, target)!.completedAt).to.equal('2026-01-03T00:00:00Z');
    ws = answerChecklist(ws, target, 'd', 1, { now: '2026-01-04T00:00:00Z', framework: tiny });
    const done = findChecklistResponse(ws, target)!;
    expect(done.completedAt).to.equal('2026-01-03T00:00:00Z');
    expect(done.answers).to.deep.equal({ a: 4, b: 2, c: 2, d: 1 });
    expect(ws.checklistResponses).to.have.length(1);

    const other = answerChecklist(ws, checklistTarget('tiny', { plc: 'p2' }), 'a', 1);
    expect(other.checklistResponses).to.have.length(2);
    expect(findChecklistResponse(removeChecklistResponse(other, target), target)).to.equal(undefined);
    expect(removeChecklistResponse(other, target).checklistResponses).to.have.length(1);
  });

  it('finds a PLC’s response to the framework even when it was saved under another id', () => {
    const ws = { ...emptyWorkspace(), checklistResponses: [{ id: 'imported', framework: 'tiny', plc: 'p1', answers: { a: 2 }, updatedAt: 'x' }] };
    expect(findChecklistResponse(ws, checklistTarget('tiny', { plc: 'p1' }))?.id).to.equal('imported');
    expect(findChecklistResponse(ws, checklistTarget('tiny', { key: 'p1' }))).to.equal(undefined);
  });
});

describe('checklist exports', () => {
  it('writes CSV in the chosen language, quoting commas and disarming formulas', () => {
    const withFormula: ChecklistFramework = {
      ...tiny,
      items: [{ id: 'a', plc: { en: '=HYPERLINK("http://x")' }, not: { en: 'Plain, with comma' }, strengthen: { en: 'Do "A"' } }],
    };
    const csv = checklistCsv(withFormula, { a: 2 }, 'en');
    const [head, row] = csv.trim().split('\r\n');
    expect(head).to.equal('Row,Item id,Not a PLC,A PLC,Answer (1–4),Answer,Side,What to strengthen');
    expect(row).to.equal(`1,a,"Plain, with comma","'=HYPERLINK(""http://x"")",2,Leaning to not a PLC,“Not a PLC” side,"Do ""A"""`);
    const minus = checklistCsv({ ...tiny, items: [{ ...tiny.items[0]!, not: { en: '-1+1' }, plc: { en: '@SUM(A1)' } }] }, {}, 'en');
    expect(minus.split('\r\n')[1]).to.equal(`1,a,'-1+1,'@SUM(A1),,,,Do A`);
    const cy = checklistCsv(plcOrNot, answers(11), 'cy');
    expect(cy.split('\r\n')[0]).to.equal('Rhes,Dynodydd yr eitem,Ddim yn CDP,CDP,Ateb (1–4),Ateb,Ochr,Beth i’w gryfhau');
    expect(cy).to.contain('Yn bendant yn CDP');
    expect(cy.trim().split('\r\n')).to.have.length(12);
  });

  it('exports JSON with the framework, the answers and the scored result', () => {
    const target = checklistTarget('plc-or-not', { key: 'x' });
    const ws = ids.reduce((w, id, i) => answerChecklist(w, target, id, i < 6 ? 4 : 2, { framework: plcOrNot }), emptyWorkspace());
    const exported = checklistExport(plcOrNot, findChecklistResponse(ws, target), 'en');
    const round = JSON.parse(JSON.stringify(exported));
    expect(round.framework.id).to.equal('plc-or-not');
    expect(round.result.score).to.deep.equal({ raw: 6, min: 0, max: 11, scaled: 6 / 11 });
    expect(round.result.band).to.deep.equal({ id: 'emerging', label: 'Emerging PLC' });
    expect(round.result.feedback[0]).to.deep.include({ item: ids[6], answer: 2, side: 'not', level: 'priority' });
    expect(round.response.answers[ids[0]!]).to.equal(4);
  });

  it('summarises the result as text, with band, score and what to strengthen, in Welsh too', () => {
    const result = scoreChecklist(plcOrNot, answers(9));
    const en = checklistSummary(plcOrNot, result, 'en', 'Reading PLC');
    expect(en).to.contain('For: Reading PLC');
    expect(en).to.contain('Band: Working as a PLC');
    expect(en).to.contain('9 of 11 rows on the PLC side (82%)');
    expect(en.indexOf('10. ')).to.be.lessThan(en.indexOf('1. A team'));
    expect(en).to.contain(plcOrNot.items[9]!.strengthen.en);
    const cy = checklistSummary(plcOrNot, result, 'cy');
    expect(cy).to.contain('Band: Yn gweithio fel CDP');
    expect(cy).to.contain('9 o 11 rhes ar ochr y CDP (82%)');
  });
});
