/**
 * Keys of the capture forms: the one rule for an Enter that belongs to an input method.
 */

/**
 * Whether a key event confirms an input method's composition (Japanese, Chinese, Korean, iOS
 * dictation and autocorrect): such an Enter never saves and never adds a word. Desktop browsers
 * set `isComposing`; iOS WebKit sends `keyCode` 229 instead, so the old field is read on purpose.
 */
export function isComposing(evt: KeyboardEvent): boolean {
  // `keyCode` is deprecated, and still the only mark iOS WebKit gives: read as the plain field it is.
  const legacy = evt as unknown as { readonly keyCode?: number };
  return evt.isComposing || legacy.keyCode === 229;
}
