// The LMS bridge on its own: `<script type="module" src="plc-xapi.js">` beside one element's bundle
// sends that element's completions to a learning record store. plc-kit.js loads it by itself.
import { installCapture } from '../xapi/capture.js';
import { installSender } from '../xapi/sender.js';

installSender();
void installCapture().flush();
