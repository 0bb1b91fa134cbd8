// The launch page script of a PLC Kit SCORM 1.2 package (written by `plc-kit scorm`).
import { startScorm } from '../scorm/runtime.js';

void startScorm().catch((error: unknown) => console.error('[plc-kit] SCORM start failed:', error));
