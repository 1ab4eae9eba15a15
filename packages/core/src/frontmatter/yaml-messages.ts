/**
 * Plain, fixed words for what the `yaml` reader reports. Its own messages can quote the note (an
 * alias's name, a tag, a directive, the line in error): a message must never carry note text, so
 * each of its codes gets a sentence of ours, and the line and column point to the spot.
 */
import type { ErrorCode } from 'yaml';

const WORDS: Record<ErrorCode, string> = {
  ALIAS_PROPS: 'an alias (*name) cannot have a tag or an anchor',
  BAD_ALIAS: 'an alias (*name) refers to no anchor (&name) before it',
  BAD_DIRECTIVE: 'a line starting with % is a YAML directive, which frontmatter cannot hold',
  BAD_DQ_ESCAPE: 'a text in double quotes has a \\ escape YAML does not know',
  BAD_INDENT: 'a line is indented where YAML does not expect it',
  BAD_PROP_ORDER: 'an anchor (&name) or a tag (!name) is in the wrong place',
  BAD_SCALAR_START: 'a value starts with a character YAML keeps for itself (such as @ or `); put the value in quotes',
  BLOCK_AS_IMPLICIT_KEY: 'a key runs over several lines',
  BLOCK_IN_FLOW: 'a list in [ ] or { } holds a value written over several lines',
  DUPLICATE_KEY: 'a key appears twice',
  IMPOSSIBLE: 'it cannot be read',
  KEY_OVER_1024_CHARS: 'a key is longer than 1,024 characters',
  MISSING_CHAR: 'a line has no ":" after its key, or a quote or bracket is not closed',
  MULTILINE_IMPLICIT_KEY: 'a key runs over several lines (a missing ":" or quote?)',
  MULTIPLE_ANCHORS: 'a value has two anchors (&name)',
  MULTIPLE_DOCS: 'it holds more than one YAML document (a second --- or ... line)',
  MULTIPLE_TAGS: 'a value has two tags (!name)',
  NON_STRING_KEY: 'a key is a list or a mapping, not text',
  RESOURCE_EXHAUSTION: 'it repeats aliases (*name) too many times to read safely',
  TAB_AS_INDENT: 'a tab is used for indentation',
  TAG_RESOLVE_FAILED: 'a value has a tag (!name) that is not known, so it is read as plain text',
  UNEXPECTED_TOKEN: 'something stands where YAML does not expect it (a stray line, or a ":" that needs quotes)',
  BAD_COLLECTION_TYPE: 'a list or mapping has a tag (!name) that does not fit it',
};

/** Our words for a `yaml` error or warning code (never the reader's own message, which may quote the note). */
export function yamlProblemWords(code: string): string {
  return (WORDS as Record<string, string | undefined>)[code] ?? 'it cannot be read';
}
