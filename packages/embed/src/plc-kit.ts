// The whole kit in one module: `<script type="module" src="plc-kit.js">` defines every element.
// The provider comes first so elements find it when they connect.
import '@plc-kit/elements/provider/define.js';
// Each element's define entry is added here as the element lands.
import '@plc-kit/elements/checklist/define.js';
import '@plc-kit/elements/enquiry-cycle/define.js';
import '@plc-kit/elements/conditions-radar/define.js';
import '@plc-kit/elements/network-map/define.js';
import { installCapture } from './xapi/capture.js';

// Completions become xAPI statements when a page sets `lrs-endpoint`. The sending code (with
// @xapi/xapi, ~18 kB min+gzip) stays in plc-xapi.js beside this file and loads only when there is
// something to send; the capture here is small and stores every statement before any send.
const senderUrl = new URL('./plc-xapi.js', import.meta.url).href;
installCapture(() => import(/* @vite-ignore */ senderUrl));
