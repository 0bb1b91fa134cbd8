import { defineElement } from '../base/define.js';
import { PlcEnquiryCycle } from './plc-enquiry-cycle.js';
// A page that loads only this bundle can still wrap it in <plc-provider>.
import '../provider/define.js';

defineElement('plc-enquiry-cycle', PlcEnquiryCycle);

declare global {
  interface HTMLElementTagNameMap {
    'plc-enquiry-cycle': PlcEnquiryCycle;
  }
}
