// Replaces `Object.hasOwn` (Safari 15.4) in the plugin bundle with the older spelling that means the
// same, without touching the global `Object`: `@noble/hashes` calls it, and Obsidian on iOS 15 has
// no `Object.hasOwn`. Injected by esbuild.config.mjs (esbuild rewrites each use to this function).
const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);
export { hasOwn as 'Object.hasOwn' };
