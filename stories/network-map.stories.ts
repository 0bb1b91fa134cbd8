// <plc-network-map>: a cluster of 12 schools, a local authority of 150 in six clusters, a generated
// network of 2,000, the two-mode view of schools and PLCs, CSV import (small, and 3,000 schools with
// its progress bar), Welsh, dark, and bad input.
// Each story's workspace is the preview provider's memory-only one, so stories never share data or pins.
import { html } from 'lit';
import { generateNetwork, membershipsToCsv, schoolsToCsv, type Member, type NetworkData, type Plc, type PlcKind, type School } from '@plc-kit/core';
import type { MapView, PlcNetworkMap } from '@plc-kit/elements';
import '@plc-kit/elements/network-map/define.js';
import { assert, click, shadow, shadowAll, until, waitFor } from './support.js';

type Args = {
  view: MapView;
  sizeBy: 'degree' | 'betweenness';
  widthBy: 'plcs' | 'members';
  cluster: string;
  plcKind: string;
  focusArea: string;
  school: string;
  readonly: boolean;
  data?: unknown;
};

const plc = (id: string, name: string, kind: PlcKind, focusArea: string, members: string[], schools: string[] = []): Plc => ({
  id,
  name,
  kind,
  focusArea,
  members,
  schools,
  status: 'active',
  pastCycles: [],
  history: [],
  notes: '',
});

/** A Welsh cluster of 12 schools around one secondary: pairs and trios of schools, PLCs inside a school, and one island. */
function cluster12(): NetworkData {
  const names = [
    'Ysgol Uwchradd Glan-y-Môr',
    'Ysgol Gynradd Aberdaron',
    'Ysgol Gynradd Bryncroes',
    'Ysgol Gymraeg Cwm Gwyrfai',
    'Ysgol Gynradd Edern',
    'Ysgol Gynradd Llanbedrog',
    'Ysgol Gynradd Morfa Nefyn',
    'Ysgol Gynradd Nefyn',
    'Ysgol Gynradd Pentreuchaf',
    'Ysgol Gynradd Sarn Bach',
    'Ysgol Gynradd Tudweiliog',
    'Ysgol Arbennig Pen-y-Bryn',
  ];
  const schools: School[] = names.map((name, i) => ({
    id: `gym-${String(i + 1).padStart(2, '0')}`,
    name,
    cluster: 'Glan-y-Môr',
    phase: i === 0 ? 'secondary' : i === 11 ? 'special' : 'primary',
  }));
  const members: Member[] = [];
  const people = (school: number, count: number) =>
    Array.from({ length: count }, () => {
      const id = `t${members.length + 1}`;
      members.push({ id, name: `Athro ${members.length + 1}`, school: schools[school]!.id, role: 'Teacher' });
      return id;
    });
  const plcs: Plc[] = [
    plc('reading-transition', 'Reading across the transition', 'plc', 'Reading', [...people(0, 2), ...people(1, 1), ...people(6, 1), ...people(7, 1)]),
    plc('oracy-foundation', 'Oracy in the foundation phase', 'plc', 'Oracy', [...people(2, 1), ...people(3, 2), ...people(4, 1)]),
    plc('numeracy-y6', 'Numeracy in Year 6', 'plc', 'Numeracy', [...people(5, 1), ...people(8, 1)]),
    plc('welsh-language', 'Welsh language network', 'network', 'Welsh language', [], [schools[0]!.id, schools[3]!.id, schools[9]!.id, schools[10]!.id]),
    plc('assessment-data', 'Assessment data team', 'data-team', 'Assessment for learning', [...people(0, 3)]),
    plc('wellbeing-a', 'Wellbeing and attendance', 'plc', 'Wellbeing', [...people(1, 2)]),
    plc('digital', 'Digital competence', 'community-of-practice', 'Digital competence', [...people(7, 1), ...people(8, 1), ...people(9, 1)]),
    plc('reading-y2', 'Reading for pleasure (Y2)', 'plc', 'Reading', [...people(4, 1), ...people(6, 2)]),
  ];
  return { schools, plcs, members };
}

const cache: Record<string, NetworkData> = {};
const data = (key: 'cluster' | 'la' | 'large'): NetworkData =>
  (cache[key] ??=
    key === 'cluster'
      ? cluster12()
      : key === 'la'
        ? generateNetwork({ schools: 150, clusters: 6, seed: 'local-authority' })
        : generateNetwork({ schools: 2000, clusters: 50, seed: 'large', members: false }));

const networkMap = (args: Args) =>
  html`<plc-network-map
    view=${args.view}
    size-by=${args.sizeBy}
    width-by=${args.widthBy}
    cluster=${args.cluster}
    plc-kind=${args.plcKind}
    focus-area=${args.focusArea}
    school=${args.school}
    ?readonly=${args.readonly}
    .data=${args.data}
  ></plc-network-map>`;

async function found(canvasElement: HTMLElement): Promise<PlcNetworkMap> {
  const el = await waitFor(canvasElement.querySelector<PlcNetworkMap>('plc-network-map'));
  await el.ready;
  return el;
}

const measure = (el: PlcNetworkMap, name: string) => shadow(el, `[data-measure="${name}"]`).textContent!.replace(/\s+/g, ' ').trim();

export default {
  title: 'Elements/Network map',
  component: 'plc-network-map',
  args: { view: 'schools', sizeBy: 'degree', widthBy: 'plcs', cluster: '', plcKind: '', focusArea: '', school: '', readonly: false } satisfies Args,
  argTypes: {
    view: { control: 'inline-radio', options: ['schools', 'two-mode'], description: 'Schools joined by shared PLCs, or schools and PLCs' },
    sizeBy: { control: 'inline-radio', options: ['degree', 'betweenness'], name: 'size-by' },
    widthBy: { control: 'inline-radio', options: ['plcs', 'members'], name: 'width-by' },
    cluster: { control: 'text', description: 'Show one cluster only' },
    plcKind: { control: 'select', options: ['', 'plc', 'network', 'data-team', 'community-of-practice'], name: 'plc-kind' },
    focusArea: { control: 'text', name: 'focus-area' },
    school: { control: 'text', description: 'Show one school (its id) and its partners' },
    readonly: { control: 'boolean', description: 'Hide the CSV import' },
    data: { control: false },
  },
  render: (args: Args) => networkMap(args),
};

/** A cluster of 12 schools: who works with whom, the PLCs inside a school, and the one school with no partner. */
export const Cluster = {
  args: { data: data('cluster') },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await found(canvasElement);
    assert(measure(el, 'schools') === '12', `12 schools, got ${measure(el, 'schools')}`);
    assert(measure(el, 'isolated').includes('Ysgol Arbennig Pen-y-Bryn'), 'the island is listed');
    assert(Number(measure(el, 'within')) >= 2, 'PLCs inside one school are counted on the school');
    const table = shadow<HTMLDetailsElement>(el, 'details.table');
    table.open = true;
    await el.updateComplete;
    assert(shadowAll(el, 'details.table tbody tr').length === 12, 'one row per school');
    await click(shadowAll<HTMLButtonElement>(el, 'details.table tbody th button').find((b) => b.textContent === 'Ysgol Uwchradd Glan-y-Môr')!);
    assert(shadow(el, '.panel-name').textContent === 'Ysgol Uwchradd Glan-y-Môr', 'the panel shows the chosen school');
    assert(shadow(el, '[part="panel"]').textContent!.includes('Welsh language network'), 'with its PLCs');
  },
};

/** A local authority of 150 schools in six clusters: E-I index per cluster and the brokers between them. */
export const LocalAuthority = {
  args: { data: data('la') },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await found(canvasElement);
    assert(measure(el, 'schools') === '150', 'all 150 schools');
    assert(shadowAll(el, 'table.ei tbody tr').length === 6, 'an E-I index for each cluster');
    await until(() => !measure(el, 'brokers').includes('Working'), 'brokers are measured');
    assert(shadowAll(el, '[data-measure="brokers"] li').length === 5, 'the top five brokers');
  },
};

/** A generated network of 2,000 schools: laid out off the main thread, drawn in batches. */
export const LargeNetwork = {
  args: { data: data('large') },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await found(canvasElement);
    assert(measure(el, 'schools') === '2,000', `2,000 schools, got ${measure(el, 'schools')}`);
    assert(!el.shadowRoot!.querySelector('[role="progressbar"]'), 'the layout has finished');
    assert(el.positions().size === 2000, 'every school has a place');
  },
};

/** The two-mode view: schools and the PLCs that join them, each PLC a square. */
export const TwoMode = {
  args: { data: data('cluster'), view: 'two-mode' },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await found(canvasElement);
    const keys = [...el.positions().keys()];
    assert(keys.filter((k) => k.startsWith('plc:')).length === 8, 'eight PLCs on the map');
    assert(keys.filter((k) => !k.startsWith('plc:')).length === 12, 'and twelve schools');
    assert(shadow(el, '[part="legend"]').textContent!.includes('Square: a PLC'), 'the key explains the squares');
  },
};

/** Importing CSV files of schools and memberships; bad lines are listed with their line numbers, the rest is shown. */
export const CsvImport = {
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await found(canvasElement);
    assert(shadow(el, '.empty').textContent!.includes('no schools'), 'an empty map says how to start');
    const files = new DataTransfer();
    files.items.add(
      new File(
        [
          'id,name,cluster,phase\n' +
            'c1,Ysgol y Castell,Caerfyrddin,primary\n' +
            'c2,Ysgol y Dref,Caerfyrddin,primary\n' +
            'c3,Ysgol Bro Myrddin,Caerfyrddin,secondary\n' +
            'c2,Ysgol y Dref (again),Caerfyrddin,primary\n' +
            'c4,Ysgol Llangynnwr,Tywi,primary\n',
        ],
        'schools.csv',
        { type: 'text/csv' },
      ),
    );
    files.items.add(
      new File(
        [
          'plc_id,plc_name,kind,school_id,member_id,member_name\n' +
            'p1,Reading together,plc,c1,m1,Awen\n' +
            'p1,Reading together,plc,c3,m2,Bedwyr\n' +
            'p2,Numeracy network,network,c2,m3,Carys\n' +
            'p2,Numeracy network,network,c4,m4,Dewi\n' +
            'p2,Numeracy network,network,c9,m5,Elin\n',
        ],
        'memberships.csv',
        { type: 'text/csv' },
      ),
    );
    const input = shadow<HTMLInputElement>(el, 'input[type="file"]');
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await until(() => el.shadowRoot!.querySelector('[data-measure="schools"]'), 'the imported schools are shown');
    await el.ready;
    assert(measure(el, 'schools') === '4', 'four good schools');
    const alert = shadow(el, '[role="alert"]').textContent!;
    assert(alert.includes('schools file, line 5'), 'the duplicate school is listed by line');
    assert(alert.includes('memberships file, line 6'), 'the unknown school is listed by line');
  },
};

/**
 * Importing the CSV files of a network of 3,000 schools: a progress bar from the first slice of
 * reading until the map is drawn, named for each stage (reading the files, building the network,
 * laying it out), while the page stays responsive.
 */
export const LargeCsvImport = {
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await found(canvasElement);
    const network = generateNetwork({ schools: 3000, clusters: 75, seed: 'large-csv', members: false });
    const stages = new Set<string>();
    const watch = new MutationObserver(() => {
      const bar = el.shadowRoot!.querySelector('[role="progressbar"]');
      if (bar) stages.add(bar.getAttribute('aria-label')!);
    });
    watch.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true });
    const importing = el.importFiles([
      new File([schoolsToCsv(network.schools)], 'schools.csv', { type: 'text/csv' }),
      new File([membershipsToCsv(network)], 'memberships.csv', { type: 'text/csv' }),
    ]);
    await until(() => el.shadowRoot!.querySelector('[role="progressbar"]'), 'the progress bar');
    await importing;
    await until(() => !el.shadowRoot!.querySelector('[role="progressbar"]'), 'the map drawn and the bar gone', 60000);
    watch.disconnect();
    await el.ready;
    assert(stages.size >= 2, `the bar names each stage, got ${[...stages].join(', ')}`);
    assert(el.positions().size === 3000, 'every imported school has a place');
  },
};

/** Yn Gymraeg: every word of the map, panel, measures and table in Welsh. */
export const Welsh = {
  args: { data: data('la') },
  globals: { lang: 'cy' },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await found(canvasElement);
    assert(shadow(el, '.title').textContent === 'Rhwydwaith o ysgolion a CDPau', 'Welsh title');
    assert(shadow(el, '#measures-title').textContent === 'Mesurau’r rhwydwaith', 'Welsh measures');
    assert(shadow(el, 'details.table summary').textContent!.startsWith('Tabl o’r ysgolion'), 'Welsh table');
  },
};

/** The dark theme: the canvas is drawn in the dark tokens. */
export const Dark = {
  args: { data: data('la') },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await found(canvasElement);
    const canvas = shadow<HTMLCanvasElement>(el, 'canvas');
    const [r, g, b] = canvas.getContext('2d')!.getImageData(1, 1, 1, 1).data;
    assert(r! + g! + b! < 120, `the canvas background is dark, got rgb(${r}, ${g}, ${b})`);
  },
};

/** Bad input: rows that cannot be used are listed with where and why; the rest of the network is shown. */
export const BadInput = {
  args: {
    data: {
      schools: [
        { id: 'a', name: 'Ysgol Alaw', cluster: 'Môn' },
        { id: 'b', name: 'Ysgol Bodedern', cluster: 'Môn' },
        { id: 'b', name: 'Ysgol Bodedern (copy)', cluster: 'Môn' },
        { id: 'has spaces', name: 'Bad id' },
        { name: 'No id at all' },
        { id: 'c', name: 'Ysgol Cemaes', cluster: 'Môn', lat: 123 },
      ],
      plcs: [
        { id: 'p1', name: 'Reading', schools: ['a', 'b', 'zzz'] },
        { id: 'p2', name: 'Oracy', kind: 'not-a-kind', schools: ['a'] },
      ],
      members: [],
    },
  },
  play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = await found(canvasElement);
    const alert = shadow(el, '[role="alert"]');
    assert(alert.querySelectorAll('li').length === 6, `six problems listed, got ${alert.querySelectorAll('li').length}`);
    assert(alert.textContent!.includes('“zzz”'), 'the unknown school is named');
    assert(measure(el, 'schools') === '2', 'the two good schools are shown');
    assert(measure(el, 'ties') === '1', 'joined by the good PLC');
  },
};
