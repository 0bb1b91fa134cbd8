// The iframe page's script (embed.html loads plc-kit.js first, then this): shows the element named
// in the address with its attributes, and reports its height to the host page's resizer.
import { startFrame } from '../embed/frame.js';

const root = document.getElementById('plc-embed');
if (root) startFrame(root);
