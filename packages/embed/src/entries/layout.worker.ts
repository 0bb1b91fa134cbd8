// The network map's layout Worker, built beside the bundles: plc-network-map.js and plc-kit.js start
// it from `new URL('./layout.worker.js', import.meta.url)`, so it must sit in the same folder.
// (Re-exported rather than imported bare: the elements package marks only define entries as having side effects.)
export { workerUrl } from '../../../elements/src/network-map/layout.worker.js';
