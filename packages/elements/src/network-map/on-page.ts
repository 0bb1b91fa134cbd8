// The layout and betweenness run on the page, for when the map's Worker cannot start (e.g. a CSP that
// refuses workers). Loaded only then: a page whose Worker starts never downloads d3-force twice.
export { betweennessInSlices, layoutInSlices } from '@plc-kit/core';
