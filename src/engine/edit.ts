import type { Edit } from './types';

/** The text after one edit: only `edit.range` changes. */
export function applyEdit(text: string, edit: Edit): string {
  return text.slice(0, edit.range[0]) + edit.text + text.slice(edit.range[1]);
}
