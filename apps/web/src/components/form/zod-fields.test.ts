import { ACTION_NAMES, TRANSITIONS } from '@sp/domain';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { API_ONLY_FIELDS, describeObjectSchema } from './zod-fields';

describe('describeObjectSchema', () => {
  it('reads every field of every action payload (no action has a field the form cannot show)', () => {
    for (const action of ACTION_NAMES) {
      const schema = TRANSITIONS[action].payload;
      const shape = (schema as unknown as z.ZodObject).shape;
      expect(
        describeObjectSchema(schema).map((f) => f.name),
        action,
      ).toEqual(Object.keys(shape).filter((name) => !API_ONLY_FIELDS.includes(name)));
    }
  });

  it('merge and link_related name the other case by its number, never by an id box', () => {
    for (const action of ['merge', 'link_related'] as const) {
      const specs = describeObjectSchema(TRANSITIONS[action].payload);
      expect(specs.map((f) => f.name)).not.toContain('targetCaseId');
      expect(specs[0]).toEqual({ name: 'targetCaseNumber', kind: 'text', required: false, maxLength: 100 });
    }
  });

  it('maps kinds, limits and optionality from the schema', () => {
    const specs = describeObjectSchema(TRANSITIONS.draft_notice.payload);
    expect(specs).toEqual([
      {
        name: 'instrument',
        kind: 'choice',
        required: false,
        options: ['NOTICE', 'URGING_LETTER', 'OPINION'],
      },
      { name: 'findings', kind: 'textarea', required: true, maxLength: 10_000 },
      { name: 'legalBasis', kind: 'textarea', required: true, maxLength: 10_000 },
      { name: 'requiredRectification', kind: 'textarea', required: true, maxLength: 10_000 },
      { name: 'deadlineWorkingDays', kind: 'integer', required: false, min: 1, max: 60 },
      { name: 'deadlineCalendarDays', kind: 'integer', required: false, min: 1, max: 90 },
    ]);
    expect(describeObjectSchema(TRANSITIONS.add_evidence.payload)).toContainEqual({
      name: 'attachmentIds',
      kind: 'attachments',
      required: false,
    });
    expect(describeObjectSchema(TRANSITIONS.refer_overdue.payload)[0]).toMatchObject({
      kind: 'choice',
      options: ['NO_REPLY', 'NOT_IMPLEMENTED'],
    });
  });

  it('gives officer-id arrays the officer picker (required when at least one is) and dates a date input', () => {
    expect(describeObjectSchema(TRANSITIONS.propose_officer_action.payload)[0]).toEqual({
      name: 'officers',
      kind: 'officers',
      required: true,
    });
    expect(describeObjectSchema(TRANSITIONS.refer_lead.payload)[0]).toEqual({
      name: 'officers',
      kind: 'officers',
      required: false,
    });
    expect(describeObjectSchema(TRANSITIONS.record_officer_action_answer.payload)).toContainEqual({
      name: 'answeredOn',
      kind: 'date',
      required: true,
    });
  });

  it('uses a one-line input for short text and nothing for non-objects', () => {
    expect(describeObjectSchema(z.object({ name: z.string().max(100) }))[0]?.kind).toBe('text');
    expect(describeObjectSchema(z.string())).toEqual([]);
  });
});
