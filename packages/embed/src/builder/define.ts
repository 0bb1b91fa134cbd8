import { defineElement } from '@plc-kit/elements';
import { PlcEmbedBuilder } from './plc-embed-builder.js';

defineElement('plc-embed-builder', PlcEmbedBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'plc-embed-builder': PlcEmbedBuilder;
  }
}
