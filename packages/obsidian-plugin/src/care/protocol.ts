/**
 * Links for phones and other apps: `obsidian://glimmers?action=new` (the reflection form),
 * `?action=quick` (quick capture) and `?action=dashboard` (the dashboard pane), so a phone
 * reminder, a Shortcut or a calendar event can open capture directly. `obsidian://glimmers/new`,
 * `/quick` and `/dashboard` do the same, for apps that build links from paths.
 */
import { Notice, type ObsidianProtocolData } from 'obsidian';

/** The `obsidian://` action the plugin answers (Obsidian routes `obsidian://glimmers…` here). */
export const PROTOCOL_ACTION = 'glimmers';

/** What each link opens: `new` the reflection form, `quick` quick capture, `dashboard` the pane. */
export type ProtocolTargets = Record<'new' | 'quick' | 'dashboard', () => void>;

/** The link actions, in the order the docs list them. */
export const LINK_ACTIONS: readonly (keyof ProtocolTargets)[] = Object.freeze(['new', 'quick', 'dashboard']);

const isAction = (value: unknown): value is keyof ProtocolTargets => typeof value === 'string' && (LINK_ACTIONS as readonly string[]).includes(value);

/** At most this much of an unknown action is quoted back. */
const QUOTE_MAX = 30;

/**
 * Opens what a link asks for. `action` may arrive as the query's value or, when Obsidian fills it
 * with the link's own name, as `glimmers`: then the form opens, the most useful thing a reminder
 * link can do. An unknown action opens nothing and says so.
 */
export function openFromLink(params: ObsidianProtocolData, targets: ProtocolTargets): void {
  const wanted = params.action;
  if (isAction(wanted)) targets[wanted]();
  else if (wanted === undefined || wanted === '' || wanted === PROTOCOL_ACTION) targets.new();
  else {
    const shown = wanted.length > QUOTE_MAX ? `${wanted.slice(0, QUOTE_MAX)}…` : wanted;
    new Notice(`Glimmers links can open: ${LINK_ACTIONS.join(', ')}. "${shown}" is not one of them.`);
  }
}

/** Registers `obsidian://glimmers?action=…` and the path forms `obsidian://glimmers/new` and so on. */
export function registerLinks(register: (action: string, handler: (params: ObsidianProtocolData) => void) => void, targets: ProtocolTargets): void {
  register(PROTOCOL_ACTION, (params) => openFromLink(params, targets));
  for (const action of LINK_ACTIONS) register(`${PROTOCOL_ACTION}/${action}`, () => targets[action]());
}
