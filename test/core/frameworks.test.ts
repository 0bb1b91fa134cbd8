import { expect } from '@open-wc/testing';
import {
  Framework,
  checklistFrameworks,
  DEFAULT_CHECKLIST,
  DEFAULT_CYCLE,
  DEFAULT_RATING,
  parseFramework,
  CompletionCheck,
  type LocalText,
} from '@plc-kit/core';
import { cycleFrameworks, ratingFrameworks, builtInFrameworks, findBuiltInFramework } from '@plc-kit/core/frameworks';
import { ratingFrameworkLoaders } from '@plc-kit/core/rating-loaders';

const all = builtInFrameworks();

/** Every LocalText ({ en, cy? }) anywhere inside a value, with its path. */
function localTexts(value: unknown, path = ''): { path: string; text: LocalText }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => localTexts(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (typeof record.en === 'string') return [{ path, text: record as LocalText }];
  return Object.entries(record).flatMap(([k, v]) => localTexts(v, path ? `${path}.${k}` : k));
}

describe('built-in frameworks', () => {
  it('has the registries and defaults the elements rely on', () => {
    expect(checklistFrameworks[DEFAULT_CHECKLIST]?.kind).to.equal('checklist');
    expect(ratingFrameworks[DEFAULT_RATING]?.kind).to.equal('rating');
    expect(cycleFrameworks[DEFAULT_CYCLE]?.kind).to.equal('cycle');
    expect(Object.keys(checklistFrameworks)).to.deep.equal(['plc-or-not']);
    expect(Object.keys(ratingFrameworks)).to.have.members([
      'conditions-for-success',
      'skills-for-success',
      'sustaining-conditions',
      'authentic-collaboration',
      'collaboration-with-impact',
      'effective-professional-learning',
      'deep-partnership',
      'schools-as-learning-organisations',
      'plc-characteristics',
      'effective-networks',
    ]);
    expect(Object.keys(cycleFrameworks)).to.have.members([
      'wales-plc',
      'spiral-of-inquiry',
      'teaching-as-inquiry',
      'lesson-study',
      'disciplined-collaboration',
      'plc-at-work',
    ]);
  });

  for (const framework of all) {
    describe(framework.id, () => {
      it('is already in parsed (output) shape: parsing changes nothing', () => {
        const parsed = Framework.safeParse(framework);
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).to.equal(true);
        expect(parsed.data).to.deep.equal(framework);
      });

      it('passes parseFramework with no problems, including the checks beyond the schema', () => {
        const result = parseFramework(framework, { kind: framework.kind });
        expect(result.ok, JSON.stringify(!result.ok && result.problems)).to.equal(true);
      });

      it('has English and Welsh for every text', () => {
        const texts = localTexts(framework);
        expect(texts.length).to.be.greaterThan(5);
        for (const { path, text } of texts) {
          expect(text.en.trim(), `${framework.id} ${path}.en`).to.not.equal('');
          expect(text.cy?.trim() ?? '', `${framework.id} ${path}.cy`).to.not.equal('');
          expect(text.cy, `${framework.id} ${path}.cy is just the English`).to.not.equal(text.en.length > 12 ? text.en : undefined);
        }
      });

      it('names its source', () => {
        expect(framework.source.citation.length).to.be.greaterThan(20);
        if (framework.source.seed) expect(framework.source.seed).to.match(/^\d{3}_[0-9a-f]{16}\.txt$/);
      });

      it('is findable by id and kind', () => {
        expect(findBuiltInFramework(framework.id, framework.kind)).to.equal(framework);
        expect(findBuiltInFramework(framework.id)).to.equal(framework);
      });
    });
  }

  it('keys every registry by its framework’s id', () => {
    for (const registry of [checklistFrameworks, ratingFrameworks, cycleFrameworks]) {
      for (const [id, framework] of Object.entries(registry)) expect(framework.id).to.equal(id);
    }
  });

  it('the radar’s loaders give the same rating frameworks, the default without waiting', async () => {
    expect(Object.keys(ratingFrameworkLoaders)).to.have.members(Object.keys(ratingFrameworks));
    expect(ratingFrameworkLoaders[DEFAULT_RATING]).to.equal(ratingFrameworks[DEFAULT_RATING]);
    for (const [id, load] of Object.entries(ratingFrameworkLoaders)) {
      if (id === DEFAULT_RATING) continue;
      expect(load, id).to.be.a('function');
      expect(await (load as () => Promise<unknown>)(), id).to.equal(ratingFrameworks[id]);
    }
  });

  it('findBuiltInFramework returns nothing for unknown ids or the wrong kind', () => {
    expect(findBuiltInFramework('nope')).to.equal(undefined);
    expect(findBuiltInFramework('plc-or-not', 'rating')).to.equal(undefined);
    expect(findBuiltInFramework('__proto__')).to.equal(undefined);
    expect(findBuiltInFramework('toString', 'cycle')).to.equal(undefined);
  });
});

describe('plc-or-not (domain.md §1)', () => {
  const f = checklistFrameworks['plc-or-not']!;

  it('has the eleven rows, and only row 10 lacks a "not a PLC" pole', () => {
    expect(f.items).to.have.length(11);
    f.items.forEach((item, index) => {
      if (index === 9) expect(item.not, 'row 10').to.equal(undefined);
      else expect(item.not?.en, `row ${index + 1}`).to.be.a('string');
      expect(item.strengthen.en.length).to.be.greaterThan(20);
    });
  });

  it('keeps the rows in the source order', () => {
    const keywords = [/learner needs/i, /focus/i, /new ideas/i, /action enquiry/i, /facilitator/i, /accountab/i, /re-forms/i, /impact/i, /interdependent/i, /reflects/i, /community of learners/i];
    f.items.forEach((item, i) => expect(item.plc.en, `row ${i + 1}`).to.match(keywords[i]!));
  });

  it('is heuristic, with three documented bands starting at 0', () => {
    expect(f.heuristic).to.equal(true);
    expect(f.bands.map((b) => [b.id, b.min])).to.deep.equal([
      ['not-yet', 0],
      ['emerging', 0.5],
      ['working-as-a-plc', 0.8],
    ]);
    expect(f.description?.en).to.contain('50%').and.to.contain('80%');
    expect(f.description?.cy).to.contain('50%').and.to.contain('80%');
  });
});

describe('rating frameworks (domain.md §3)', () => {
  const axisCounts: Record<string, number> = {
    'conditions-for-success': 5,
    'skills-for-success': 3,
    'sustaining-conditions': 3,
    'authentic-collaboration': 5,
    'collaboration-with-impact': 5,
    'effective-professional-learning': 10,
    'deep-partnership': 4,
    'schools-as-learning-organisations': 7,
    'plc-characteristics': 8,
    'effective-networks': 8,
  };

  for (const [id, count] of Object.entries(axisCounts)) {
    it(`${id} has ${count} axes, a 1–4 agreement scale and a reference at 3; heuristic`, () => {
      const f = ratingFrameworks[id]!;
      expect(f.axes).to.have.length(count);
      expect(f.scale.min).to.equal(1);
      expect(f.scale.max).to.equal(4);
      expect(f.scale.points.map((p) => p.value)).to.deep.equal([1, 2, 3, 4]);
      expect(f.scale.points.map((p) => p.label.cy)).to.deep.equal(['Anghytuno’n gryf', 'Anghytuno', 'Cytuno', 'Cytuno’n gryf']);
      expect(f.reference?.value).to.equal(3);
      expect(f.heuristic).to.equal(true);
    });
  }

  it('conditions for success has the five conditions in order', () => {
    expect(ratingFrameworks['conditions-for-success']!.axes.map((a) => a.label.en)).to.deep.equal([
      'Trust',
      'Reciprocal accountability',
      'Collective responsibility',
      'Focus on improving learner outcomes',
      'Distributed leadership',
    ]);
  });

  it('effective professional learning has ten features in three groups (4, 3, 3)', () => {
    const f = ratingFrameworks['effective-professional-learning']!;
    expect(f.groups?.map((g) => g.id)).to.deep.equal(['quality-content', 'learning-design', 'support-sustainability']);
    const per = (g: string) => f.axes.filter((a) => a.group === g).length;
    expect([per('quality-content'), per('learning-design'), per('support-sustainability')]).to.deep.equal([4, 3, 3]);
  });
});

describe('cycle frameworks (domain.md §2)', () => {
  it('wales-plc: the seven steps, then evaluating impact and sharing', () => {
    const f = cycleFrameworks['wales-plc']!;
    expect(f.stages.map((s) => s.id)).to.deep.equal([
      'establish',
      'identify-focus',
      'action-enquiry',
      'innovation-and-change',
      'trialling-and-feedback',
      'refining',
      'sharing-outcomes',
      'evaluate-impact',
      'share-learning',
    ]);
    expect(f.stages.slice(0, 5).map((s) => s.label.cy)).to.deep.equal([
      'Sefydlu’r grŵp',
      'Adnabod ffocws',
      'Ymholiad gweithredol',
      'Cyflwyno a newid',
      'Treialu ac adborth',
    ]);
    expect(f.description?.en).to.match(/inferred/);
    expect(f.source.note?.en).to.match(/inferred/);
    expect(f.source.note?.cy).to.match(/wedi’i gasglu, heb ei wirio/);
    expect(f.source.citation).to.not.match(/inferred/);
    const checks = (id: string) => f.stages.find((s) => s.id === id)!.criteria.map((c) => c.check);
    expect(checks('establish')).to.deep.equal(['members', 'facilitator']);
    expect(checks('identify-focus')).to.deep.equal(['learner-need', 'question']);
    expect(checks('trialling-and-feedback')).to.include('evidence');
    expect(checks('evaluate-impact')).to.include('impact-recorded');
    expect(f.completion.map((c) => c.check)).to.include.members(['impact-recorded', 'learning']);
    expect(f.stages.map((s) => s.id).join(' ')).to.not.match(/disband/);
  });

  it('the other models have the stages domain.md names', () => {
    const ids = (id: string) => cycleFrameworks[id]!.stages.map((s) => s.id);
    expect(ids('spiral-of-inquiry')).to.deep.equal(['scanning', 'focusing', 'developing-a-hunch', 'new-learning', 'taking-action', 'checking']);
    expect(ids('teaching-as-inquiry')).to.deep.equal(['focusing-inquiry', 'teaching-inquiry', 'learning-inquiry']);
    expect(ids('lesson-study')).to.deep.equal(['prepare', 'study', 'plan', 'teach', 'reflect']);
    expect(ids('disciplined-collaboration')).to.deep.equal(['collaboration', 'innovation', 'impact']);
    expect(ids('plc-at-work')).to.have.length(4);
  });

  it('every stage has 2–4 prompts and only known checks', () => {
    for (const f of Object.values(cycleFrameworks)) {
      for (const stage of f.stages) {
        expect(stage.prompts.length, `${f.id}/${stage.id}`).to.be.within(2, 4);
        for (const c of [...stage.criteria, ...f.completion]) expect(CompletionCheck.options).to.include(c.check);
      }
    }
  });
});
