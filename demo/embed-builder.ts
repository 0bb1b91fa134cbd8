// The embed-code builder page of the demo: every element (for the live preview) and the builder.
import '@plc-kit/embed/plc-kit.js';
import '@plc-kit/embed/builder';

const langSwitch = document.querySelector<HTMLSelectElement>('#lang-switch')!;
langSwitch.value = document.documentElement.lang === 'cy' ? 'cy' : 'en';
langSwitch.addEventListener('change', () => {
  document.documentElement.lang = langSwitch.value;
});
