// The embed-code builder as a page script: every element (for the live preview) plus the builder.
import '../plc-kit.js';
import '../builder/define.js';
