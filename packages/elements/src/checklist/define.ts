import { defineElement } from '../base/define.js';
import { PlcChecklist } from './plc-checklist.js';
// A page that loads only this bundle can still wrap it in <plc-provider>.
import '../provider/define.js';

defineElement('plc-checklist', PlcChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'plc-checklist': PlcChecklist;
  }
}
