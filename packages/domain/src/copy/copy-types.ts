import type { ActionName, ActionPayload, PayloadField } from '../workflow/transition-table.ts';

// The shapes of the copy modules' form sections, so that each language must name every field.

/** A form field's label and the hint shown under it ('' for none). */
export type FieldCopy = { label: string; hint: string };

/** Per action, a more precise label for some of its fields (dismiss: reason → 不予受理的理由). */
export type ActionFieldCopy = { [A in ActionName]?: { [F in keyof ActionPayload<A>]?: string } };

/** The words for each option of a choice (enum) field, by field name. */
export type ChoiceCopy = { [F in PayloadField]?: Record<string, string> };
