import { defineElement } from '../base/define.js';
import { PlcNetworkMap } from './plc-network-map.js';
// A page that loads only this bundle can still wrap it in <plc-provider>.
import '../provider/define.js';

defineElement('plc-network-map', PlcNetworkMap);

declare global {
  interface HTMLElementTagNameMap {
    'plc-network-map': PlcNetworkMap;
  }
}
