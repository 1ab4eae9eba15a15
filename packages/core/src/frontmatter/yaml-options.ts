/**
 * The one set of `yaml` options the format uses, shared by reading and editing so both see the same data.
 */
import type { DocumentOptions, ParseOptions, SchemaOptions, ToJSOptions, ToStringOptions } from 'yaml';

/**
 * YAML 1.2 core schema: `no` stays a string and dates stay strings. Duplicate keys are errors.
 * `merge: false`: `<<` is an ordinary key, as in YAML 1.2.
 */
export const YAML_PARSE_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = Object.freeze({
  version: '1.2',
  schema: 'core',
  uniqueKeys: true,
  strict: true,
  prettyErrors: true,
  merge: false,
  keepSourceTokens: false,
  // The reader's own warnings go to the console (Node: a process warning) and may quote the note,
  // such as a key that is a list: they are never printed; what matters becomes an issue instead.
  logLevel: 'error',
} as const);

/**
 * Alias expansion is capped: a "billion laughs" alias bomb stops with an error instead of
 * filling memory. Ordinary frontmatter never comes near 100 aliases.
 */
export const MAX_ALIAS_COUNT = 100;

/** `toJS` options: capped aliases, mappings become plain objects. */
export const YAML_TOJS_OPTIONS: ToJSOptions = Object.freeze({ maxAliasCount: MAX_ALIAS_COUNT, mapAsMap: false });

/**
 * Writing: never fold long lines (`lineWidth: 0`), `[a, b]` not `[ a, b ]`, and block lists
 * indented under their key. (`key:` for a top-level empty value is done by the writer itself.)
 */
export const YAML_STRINGIFY_OPTIONS: ToStringOptions = Object.freeze({
  lineWidth: 0,
  minContentWidth: 0,
  flowCollectionPadding: false,
  nullStr: 'null',
  indentSeq: true,
});

/** A file over this many UTF-8 bytes (1 MiB) is reported and not parsed. */
export const MAX_FILE_BYTES = 1_048_576;

/** Frontmatter over this many UTF-8 bytes (64 KiB) is reported and not parsed. */
export const MAX_FRONTMATTER_BYTES = 65_536;
