// For the page that hosts PLC Kit iframes: `<script type="module" src="…/plc-resizer.js"></script>`
// (a classic `<script defer src>` works too). Makes each iframe follow its content's height.
import { installResizer } from '../embed/resizer.js';

installResizer();
