// The demo page's own script: it loads the kit and wires the page's language and theme switches.
import '@plc-kit/elements/provider/define.js';
import type { PlcProvider } from '@plc-kit/elements';
// Each element's define entry is added below as the element lands.
import '@plc-kit/elements/checklist/define.js';
import '@plc-kit/elements/conditions-radar/define.js';
import '@plc-kit/elements/enquiry-cycle/define.js';
import '@plc-kit/elements/network-map/define.js';

const provider = document.querySelector<PlcProvider>('#provider')!;
const langSwitch = document.querySelector<HTMLSelectElement>('#lang-switch')!;
const themeSwitch = document.querySelector<HTMLSelectElement>('#theme-switch')!;
const status = document.querySelector<HTMLElement>('#kit-status')!;

const saved = JSON.parse(localStorage.getItem('plc-kit-demo:page') ?? '{}') as { lang?: string; theme?: string };
langSwitch.value = saved.lang === 'cy' ? 'cy' : 'en';
themeSwitch.value = saved.theme ?? 'light';

function apply(): void {
  document.documentElement.lang = langSwitch.value;
  provider.theme = themeSwitch.value as PlcProvider['theme'];
  document.documentElement.classList.toggle('dark-page', themeSwitch.value === 'dark' || themeSwitch.value === 'high-contrast');
  localStorage.setItem('plc-kit-demo:page', JSON.stringify({ lang: langSwitch.value, theme: themeSwitch.value }));
  describe();
}

function describe(): void {
  const store = provider.store;
  const ws = store.state;
  const storage = store.status.kind === 'ok' ? (store.adapter.kind === 'local' ? 'saved in this browser' : 'memory only') : store.status.kind;
  const en = `Language: ${langSwitch.value === 'cy' ? 'Cymraeg' : 'English'} · Theme: ${themeSwitch.value} · Storage: ${storage} · ${ws.plcs.length} PLCs, ${ws.schools.length} schools, ${ws.checklistResponses.length + ws.ratingResponses.length} responses`;
  status.textContent = en;
}

langSwitch.addEventListener('change', apply);
themeSwitch.addEventListener('change', apply);
provider.store.subscribe(describe);
apply();
