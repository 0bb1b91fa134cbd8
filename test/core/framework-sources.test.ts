import { expect } from '@open-wc/testing';
import { checklistFrameworks, SEEDS } from '@plc-kit/core';
import { cycleFrameworks, ratingFrameworks, builtInFrameworks } from '@plc-kit/core/frameworks';

/*
 * The item names each built-in framework shows are the source's, in the source's order (domain.md §1–3 and
 * the seeds). These lists were checked by hand against the seeds and published sources; the test keeps a
 * later edit from drifting away from them silently. Descriptions and prompts are our own paraphrase and
 * are not pinned here.
 */
const axisNames: Record<string, string[]> = {
  'skills-for-success': ['Enquiry skills', 'Collaborative skills', 'Leadership skills'],
  'sustaining-conditions': ['Distributed leadership', 'Clear, shared model(s) of operation', 'Feedback systems and measures of impact'],
  'authentic-collaboration': ['Deep collaboration', 'Positive relationships', 'Shared language', 'Trust', 'Collective rewards'],
  'collaboration-with-impact': [
    'Clear model of engagement',
    'Clarity about purpose',
    'Buy-in',
    'Quick wins',
    'Thinking about impact from the start',
  ],
  'effective-professional-learning': [
    'Evidence-informed',
    'Subject-specific and pedagogical content knowledge',
    'Focus on student outcomes',
    'Balance of teacher voice and system coherence',
    'Active and variable learning',
    'Collaborative learning experiences',
    'Job-embedded learning',
    'Ongoing in duration',
    'Resources',
    'Supportive and engaged leadership',
  ],
  'deep-partnership': ['Joint practice development', 'Social capital and trust', 'Collective moral purpose', 'Peer evaluation and challenge'],
  'schools-as-learning-organisations': [
    'A shared vision centred on the learning of all learners',
    'Continuous learning opportunities for all staff',
    'Team learning and collaboration among all staff',
    'A culture of enquiry, innovation and exploration',
    'Embedded systems for collecting and exchanging knowledge and learning',
    'Learning with and from the external environment and wider system',
    'Modelling and growing learning leadership',
  ],
  'plc-characteristics': [
    'Shared values and vision',
    'Collective responsibility for pupils’ learning',
    'Reflective professional enquiry',
    'Collaboration focused on learning',
    'Individual and group learning',
    'Mutual trust, respect and support',
    'Inclusive membership',
    'Openness, networks and partnerships',
  ],
};

const stageNames: Record<string, string[]> = {
  'spiral-of-inquiry': ['Scanning', 'Focusing', 'Developing a hunch', 'New learning', 'Taking action', 'Checking'],
  'teaching-as-inquiry': ['Focusing inquiry', 'Teaching inquiry', 'Learning inquiry'],
  'lesson-study': ['Prepare', 'Study', 'Plan', 'Teach', 'Reflect'],
  'disciplined-collaboration': ['Collaboration', 'Innovation', 'Impact'],
};

describe('built-in frameworks keep their sources’ item names and order', () => {
  for (const [id, names] of Object.entries(axisNames)) {
    it(`${id}: ${names.length} axes as the source names them`, () => {
      expect(ratingFrameworks[id]!.axes.map((a) => a.label.en)).to.deep.equal(names);
    });
  }

  for (const [id, names] of Object.entries(stageNames)) {
    it(`${id}: ${names.length} stages as the source names them`, () => {
      expect(cycleFrameworks[id]!.stages.map((s) => s.label.en)).to.deep.equal(names);
    });
  }

  it('wales-plc: steps 1–5 carry the English names of the seven steps', () => {
    expect(cycleFrameworks['wales-plc']!.stages.slice(0, 5).map((s) => s.label.en)).to.deep.equal([
      'Establish the group',
      'Identify a focus',
      'Action enquiry',
      'Innovation and change',
      'Trialling and feedback',
    ]);
  });

  it('plc-or-not: row 3 is an imperative on the PLC side and an expectation on the other (seed 000)', () => {
    const row = checklistFrameworks['plc-or-not']!.items[2]!;
    expect(row.plc.en).to.match(/^Must /);
    expect(row.plc.cy).to.match(/^Mae’n rhaid/);
    expect(row.not?.en).to.match(/expected/);
  });
});

describe('built-in frameworks’ citations', () => {
  const seedFiles = new Set<string>(Object.values(SEEDS));

  for (const framework of builtInFrameworks()) {
    it(`${framework.id}: names a year or says it is undated, and links only to an absolute http(s) address`, () => {
      const { citation, url, seed } = framework.source;
      expect(citation, framework.id).to.match(/\((?:undated|(?:19|20)\d\d)/);
      if (url !== undefined) {
        const parsed = new URL(url);
        expect(['http:', 'https:'], framework.id).to.include(parsed.protocol);
      }
      if (seed !== undefined) expect(seedFiles.has(seed), `${framework.id} seed ${seed}`).to.equal(true);
    });
  }
});

/*
 * A citation is the reference alone and stays in its own language; our sentences about it live in
 * `source.note`, in English and Welsh, so a Welsh page's source line is not half English. These are the
 * sentences once run into citations: none may drift back.
 */
const movedToNotes: Record<string, string[]> = {
  'plc-or-not': ['The same slides cite', 'for professional learning within, between and across schools'],
  'lesson-study': ['Lesson Study Group at Mills College', 'describe the cycle', 'comes before it'],
  'disciplined-collaboration': ['The approach was developed', 'eight Australian schools'],
  'teaching-as-inquiry': ['diagram', 'based on the work of'],
  'wales-plc': ['Hwb’s PLC page', 'introduces', 'Step names', 'inferred', 'verbatim', 'Disbanding'],
  'deep-partnership': ['four strategies', 'as summarised', 'blog post'],
  'effective-professional-learning': ['As presented in', 'slides'],
  'schools-as-learning-organisations': ['Adapted for Wales', 'see also'],
};

describe('built-in frameworks’ source notes', () => {
  const all = builtInFrameworks();

  it('are on exactly the frameworks whose citations carried our own sentences', () => {
    const withNotes = all.filter((f) => f.source.note !== undefined).map((f) => f.id);
    expect(withNotes).to.have.members(Object.keys(movedToNotes));
  });

  for (const framework of all) {
    const { citation, note } = framework.source;

    it(`${framework.id}: the citation holds none of the sentences moved into the note`, () => {
      for (const phrase of movedToNotes[framework.id] ?? []) {
        expect(citation.toLowerCase(), `${framework.id}: “${phrase}” is back in the citation`).to.not.contain(phrase.toLowerCase());
        expect(note?.en, `${framework.id}: the note says “${phrase}”`).to.contain(phrase);
      }
      // Every sentence of the note, in either language, is the note's alone.
      for (const text of note ? [note.en, note.cy ?? ''] : []) {
        for (const sentence of text.split(/(?<=[.;])\s+/).filter((s) => s.length > 12)) {
          expect(citation, `${framework.id}: the citation repeats “${sentence}”`).to.not.contain(sentence.replace(/[.;]$/, ''));
        }
      }
    });

    if (note) {
      it(`${framework.id}: the note is in English and in Welsh, and the Welsh is not the English`, () => {
        expect(note.en.trim(), framework.id).to.not.equal('');
        expect(note.cy?.trim() ?? '', framework.id).to.not.equal('');
        expect(note.cy, framework.id).to.not.equal(note.en);
        // Welsh prose, not an English sentence with a Welsh word or two: a sentence of it starts with a Welsh word.
        expect(note.cy, framework.id).to.match(/(?:^|[.;] )(?:Mae|Mae’r|Datblygwyd|Addaswyd|Fel)\b/);
      });
    }
  }
});
