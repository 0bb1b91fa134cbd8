import type { Lang, LocalText } from '../schema/common.js';
import { SafeUrl } from '../schema/common.js';
import type { Cycle, EvidenceKind } from '../schema/cycle.js';
import type { CycleFramework } from '../schema/framework.js';
import type { Plc } from '../schema/plc.js';
import type { Workspace } from '../schema/workspace.js';
import { formatNumber, localText, translator } from '../i18n/catalog.js';
import { formatDay } from './dates.js';
import { enquiryCycleMessages } from '../i18n/messages/enquiry-cycle.js';
import { carriedLearning } from './workspace.js';

export interface SummaryMeasure {
  name: string;
  unit?: string;
  baseline?: number;
  target?: number;
  latest?: number;
  /** latest − baseline, when both are known. */
  change?: number;
  /** Whether the latest value reached the target (in the direction from baseline to target). */
  targetMet?: boolean;
}

/** The one-page story of a cycle: focus, question, what was tried, impact, and what was learned. */
export interface CycleSummary {
  plc: { id: string; name: string };
  model: { id: string; title: LocalText };
  cycle: { id: string; status: Cycle['status']; start?: string; review?: string; completedAt?: string };
  focus: string;
  learnerNeed: string;
  needEvidence: string;
  question: string;
  facilitator?: string;
  members: { name: string; role?: string; school?: string }[];
  tried: { stage: LocalText; what: string; owner?: string; due?: string; done: boolean }[];
  decisions: { stage: LocalText; text: string; date?: string }[];
  evidence: { stage: LocalText; title: string; url?: string; date?: string; kind: EvidenceKind }[];
  impact: SummaryMeasure[];
  learning: string;
  /** What earlier cycles of this PLC learned, newest first. */
  earlierLearning: { focus: string; learning: string }[];
}

/** Whether `latest` reached `target`, reading the direction of improvement from baseline to target. */
export function targetReached(m: { baseline?: number; target?: number; latest?: number }): boolean | undefined {
  if (m.target === undefined || m.latest === undefined) return undefined;
  const downward = m.baseline !== undefined && m.target < m.baseline;
  return downward ? m.latest <= m.target : m.latest >= m.target;
}

/** Gathers a cycle (the PLC's current one by default) into its summary. */
export function cycleSummary(workspace: Workspace, plc: Plc, framework: CycleFramework, cycle: Cycle | undefined = plc.cycle): CycleSummary | undefined {
  if (!cycle) return undefined;
  const members = new Map(workspace.members.map((m) => [m.id, m]));
  const schools = new Map(workspace.schools.map((s) => [s.id, s.name]));
  const name = (id: string | undefined) => (id ? (members.get(id)?.name ?? id) : undefined);
  const stageOf = (id: string): LocalText => framework.stages.find((s) => s.id === id)?.label ?? { en: id };
  const order = (id: string) => {
    const i = framework.stages.findIndex((s) => s.id === id);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const records = [...cycle.stages].sort((a, b) => order(a.stage) - order(b.stage));
  const summary: CycleSummary = {
    plc: { id: plc.id, name: plc.name },
    model: { id: framework.id, title: framework.title },
    cycle: { id: cycle.id, status: cycle.status },
    focus: cycle.focus,
    learnerNeed: cycle.learnerNeed,
    needEvidence: cycle.needEvidence,
    question: cycle.question,
    members: plc.members.map((id) => {
      const m = members.get(id);
      const out: { name: string; role?: string; school?: string } = { name: m?.name ?? id };
      if (m?.role) out.role = m.role;
      const school = m?.school ? (schools.get(m.school) ?? m.school) : undefined;
      if (school) out.school = school;
      return out;
    }),
    tried: records.flatMap((r) =>
      r.actions.map((a) => {
        const item: CycleSummary['tried'][number] = { stage: stageOf(r.stage), what: a.what, done: a.done };
        const owner = name(a.owner);
        if (owner) item.owner = owner;
        if (a.due) item.due = a.due;
        return item;
      }),
    ),
    decisions: records.flatMap((r) => r.decisions.map((d) => (d.date ? { stage: stageOf(r.stage), text: d.text, date: d.date } : { stage: stageOf(r.stage), text: d.text }))),
    evidence: records.flatMap((r) =>
      r.evidence.map((e) => {
        const item: CycleSummary['evidence'][number] = { stage: stageOf(r.stage), title: e.title, kind: e.kind };
        if (e.url) item.url = e.url;
        if (e.date) item.date = e.date;
        return item;
      }),
    ),
    impact: cycle.impact.map((m) => {
      const out: SummaryMeasure = { name: m.name };
      if (m.unit) out.unit = m.unit;
      if (m.baseline !== undefined) out.baseline = m.baseline;
      if (m.target !== undefined) out.target = m.target;
      if (m.latest !== undefined) out.latest = m.latest;
      if (m.baseline !== undefined && m.latest !== undefined) out.change = m.latest - m.baseline;
      const met = targetReached(m);
      if (met !== undefined) out.targetMet = met;
      return out;
    }),
    learning: cycle.learning,
    earlierLearning: carriedLearning(plc)
      .filter((c) => c.cycle !== cycle.id)
      .map((c) => ({ focus: c.focus, learning: c.learning })),
  };
  if (cycle.start) summary.cycle.start = cycle.start;
  if (cycle.review) summary.cycle.review = cycle.review;
  if (cycle.completedAt) summary.cycle.completedAt = cycle.completedAt;
  const facilitator = name(cycle.facilitator);
  if (facilitator) summary.facilitator = facilitator;
  return summary;
}

/** User text made inert for Markdown readers that would otherwise render HTML in it. */
function inert(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function cell(text: string): string {
  return inert(text).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function block(text: string, empty: string): string {
  const clean = text.trim();
  return clean ? inert(clean) : `_${empty}_`;
}

/** A value with its unit, formatted for the language: "42 %", "3.5 points". */
export function formatMeasure(lang: Lang, value: number | undefined, unit?: string): string {
  if (value === undefined) return '—';
  const n = formatNumber(lang, value);
  return unit ? `${n} ${unit}` : n;
}

/** The summary as Markdown, in one language: for sharing by email, a wiki, or a shared drive. */
export function summaryMarkdown(summary: CycleSummary, lang: Lang): string {
  const t = translator(enquiryCycleMessages, lang);
  const date = (iso: string | undefined) => (iso ? formatDay(lang, iso) : '—');
  const none = t('summary.none');
  const lines: string[] = [];
  lines.push(`# ${inert(summary.plc.name)}`, '');
  lines.push(`${t('summary.model')}: ${inert(localText(summary.model.title, lang))}  `);
  if (summary.facilitator) lines.push(`${t('field.facilitator')}: ${inert(summary.facilitator)}  `);
  lines.push(`${t('field.start')}: ${date(summary.cycle.start)} · ${t('field.review')}: ${date(summary.cycle.review)}  `);
  if (summary.cycle.completedAt) lines.push(`${t('summary.completedOn', { date: date(summary.cycle.completedAt) })}  `);
  lines.push('');
  if (summary.members.length) {
    lines.push(`## ${t('summary.members')}`, '');
    for (const m of summary.members) lines.push(`- ${inert([m.name, m.role, m.school].filter(Boolean).join(', '))}`);
    lines.push('');
  }
  lines.push(`## ${t('summary.focus')}`, '', block(summary.focus, none), '');
  lines.push(`## ${t('field.learnerNeed')}`, '', block(summary.learnerNeed, none), '');
  if (summary.needEvidence.trim()) lines.push(`${t('field.needEvidence')}:`, '', block(summary.needEvidence, none), '');
  lines.push(`## ${t('field.question')}`, '', block(summary.question, none), '');
  lines.push(`## ${t('summary.tried')}`, '');
  if (summary.tried.length) {
    for (const a of summary.tried) {
      const who = a.owner ? ` (${inert(a.owner)})` : '';
      lines.push(`- [${a.done ? 'x' : ' '}] ${inert(a.what)}${who} · ${inert(localText(a.stage, lang))}`);
    }
  } else lines.push(`_${none}_`);
  lines.push('');
  if (summary.decisions.length) {
    lines.push(`### ${t('summary.decisions')}`, '');
    for (const d of summary.decisions) lines.push(`- ${inert(d.text)}${d.date ? ` (${date(d.date)})` : ''}`);
    lines.push('');
  }
  if (summary.evidence.length) {
    lines.push(`### ${t('summary.evidence')}`, '');
    for (const e of summary.evidence) {
      const kind = t(`kind.${e.kind}` as const);
      const safe = e.url && SafeUrl.safeParse(e.url).success ? e.url.trim().replace(/[()\s<>]/g, encodeURIComponent) : undefined;
      const title = safe ? `[${inert(e.title).replace(/[[\]]/g, '\\$&')}](${safe})` : inert(e.title);
      lines.push(`- ${title} · ${kind}${e.date ? ` · ${date(e.date)}` : ''}`);
    }
    lines.push('');
  }
  lines.push(`## ${t('summary.impact')}`, '');
  if (summary.impact.length) {
    lines.push(`| ${t('impact.measure')} | ${t('impact.baseline')} | ${t('impact.latest')} | ${t('impact.change')} | ${t('impact.target')} |`);
    lines.push('|---|---:|---:|---:|---:|');
    for (const m of summary.impact) {
      const change = m.change === undefined ? '—' : `${m.change > 0 ? '+' : ''}${formatMeasure(lang, m.change, m.unit)}`;
      const met = m.targetMet === undefined ? '' : ` (${t(m.targetMet ? 'impact.targetMet' : 'impact.targetNotMet')})`;
      lines.push(
        `| ${cell(m.name)} | ${cell(formatMeasure(lang, m.baseline, m.unit))} | ${cell(formatMeasure(lang, m.latest, m.unit))} | ${cell(change)} | ${cell(formatMeasure(lang, m.target, m.unit))}${met} |`,
      );
    }
  } else lines.push(`_${none}_`);
  lines.push('');
  lines.push(`## ${t('summary.learning')}`, '', block(summary.learning, none), '');
  if (summary.earlierLearning.length) {
    lines.push(`### ${t('summary.earlierLearning')}`, '');
    for (const e of summary.earlierLearning) lines.push(`- **${inert(e.focus || none)}**: ${inert(e.learning).replace(/\s*\n\s*/g, ' ')}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** The summary as JSON, with the full cycle record beside it for anyone who wants every detail. */
export function summaryJson(summary: CycleSummary, cycle?: Cycle): string {
  return JSON.stringify({ format: 'plc-kit/cycle-summary', version: 1, summary, ...(cycle ? { cycle } : {}) }, null, 2);
}
