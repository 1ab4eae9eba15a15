/**
 * "New glimmer from template": a fuzzy picker over the built-in and user templates.
 */
import { FuzzySuggestModal, type App } from 'obsidian';
import type { TemplateChoice } from '../templates.ts';

/** Lists templates; choosing one calls `onChoose`. */
export class TemplatePickerModal extends FuzzySuggestModal<TemplateChoice> {
  constructor(app: App, private readonly choices: readonly TemplateChoice[], private readonly onChoose: (choice: TemplateChoice) => void) {
    super(app);
    this.setPlaceholder('Choose a template');
    this.emptyStateText = 'No templates found.';
  }

  getItems(): TemplateChoice[] {
    return [...this.choices];
  }

  getItemText(choice: TemplateChoice): string {
    return choice.path === undefined ? choice.name : `${choice.name} (${choice.path})`;
  }

  onChooseItem(choice: TemplateChoice): void {
    this.onChoose(choice);
  }
}
