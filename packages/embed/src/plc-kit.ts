// The whole kit in one module: `<script type="module" src="plc-kit.js">` defines every element.
// The provider comes first so elements find it when they connect.
import '@plc-kit/elements/provider/define.js';
