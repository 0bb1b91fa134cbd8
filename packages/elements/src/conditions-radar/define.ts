import { defineElement } from '../base/define.js';
import { PlcConditionsRadar } from './plc-conditions-radar.js';
// A page that loads only this bundle can still wrap it in <plc-provider>.
import '../provider/define.js';

defineElement('plc-conditions-radar', PlcConditionsRadar);

declare global {
  interface HTMLElementTagNameMap {
    'plc-conditions-radar': PlcConditionsRadar;
  }
}
