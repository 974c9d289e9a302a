// tldts's files behind its public entry point, used only to generate and check the compact suffix list
// (utils/outlets/public-suffix-data.ts). Its ES build is what the extension bundled before.
declare module 'tldts/dist/es6/src/data/trie.js' {
  export const nodeFlags: Uint8Array;
  export const edgeStart: Uint16Array | Uint32Array;
  export const edgeLength: Uint8Array;
  export const edgeChild: Uint16Array | Uint32Array;
  export const labelText: string;
  export const rulesRoot: number;
  export const exceptionsRoot: number;
}
declare module 'tldts/dist/es6/index.js' {
  export { parse } from 'tldts';
}
