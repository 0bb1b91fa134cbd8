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
