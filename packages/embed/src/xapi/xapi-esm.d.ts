// @xapi/xapi's package.json sends bundlers that prefer the `browser` field to its UMD build; the
// ESM build is the one to bundle, so it is imported by path and typed as the package.
declare module '@xapi/xapi/dist/XAPI.esm.js' {
  export { default } from '@xapi/xapi';
}
