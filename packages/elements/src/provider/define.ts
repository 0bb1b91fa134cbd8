import { defineElement } from '../base/define.js';
import { PlcProvider } from './plc-provider.js';

defineElement('plc-provider', PlcProvider);

declare global {
  interface HTMLElementTagNameMap {
    'plc-provider': PlcProvider;
  }
}
