import { checkPeopleTable, importProblemMessages, memberCodesOf, type ImportUnit } from '../../../domain/people-import.ts';
import { foldVietnamese } from '../../../domain/text.ts';
import { isPartyKind } from '../../../domain/unit-kinds.ts';
import type { ServiceContext } from '../../context.ts';
import { newId } from '../../db/ids.ts';
import { badRequest, unprocessable } from '../../http/errors.ts';
import type { Locale } from '../../http/messages.ts';
import { recordChange } from '../audit/service.ts';
import { unitsInScopes } from '../units/service.ts';
import { readTable } from './import-file.ts';
import { peoplePolicy } from './policy.ts';
import { memberCodesIn } from './queries.ts';
import { createPersonIn, today } from './service.ts';

export type ImportMode = 'all_or_nothing' | 'valid_only';

async function checkFile(ctx: ServiceContext, filename: string, buffer: Buffer, locale: Locale) {
  const scopes = peoplePolicy.manageableScopes(ctx.actor);
  if (scopes.length === 0) peoplePolicy.manageAt(ctx.actor, '');
  const table = await readTable(filename, buffer);
  const units = new Map<string, ImportUnit>(
    (await unitsInScopes(ctx, scopes)).map((unit) => [foldVietnamese(unit.code), { id: unit.id, isParty: isPartyKind(unit.kind), isActive: unit.is_active }]),
  );
  const existing = await memberCodesIn(ctx.db, ctx.actor.tenantId, memberCodesOf(table));
  const check = checkPeopleTable(table, units, existing, new Date().getUTCFullYear());
  if (check.rows.length === 0) throw badRequest('import_empty');
  return {
    check,
    preview: {
      columns: table[0] ?? [],
      missingColumns: check.missingColumns,
      total: check.rows.length,
      valid: check.rows.filter((row) => row.person).length,
      rows: check.rows.map((row) => ({
        line: row.line,
        values: row.raw,
        errors: row.errors.map((error) => ({ field: error.field, problem: error.problem, message: importProblemMessages[error.problem][locale] })),
      })),
    },
  };
}

/** Reads and validates a file without writing anything. */
export async function previewPeopleImport(ctx: ServiceContext, filename: string, buffer: Buffer, locale: Locale) {
  return (await checkFile(ctx, filename, buffer, locale)).preview;
}

/**
 * Writes the file's people in one transaction: every row, or (valid_only) every row
 * without an error. A row is never written in part.
 */
export async function commitPeopleImport(ctx: ServiceContext, filename: string, buffer: Buffer, mode: ImportMode, locale: Locale) {
  const { check, preview } = await checkFile(ctx, filename, buffer, locale);
  const invalid = preview.total - preview.valid;
  if ((mode === 'all_or_nothing' && invalid > 0) || preview.valid === 0) {
    throw unprocessable(
      'import_has_errors',
      { count: invalid },
      preview.rows.flatMap((row) => row.errors.map((error) => ({ path: `line ${row.line}${error.field ? `.${error.field}` : ''}`, message: error.message }))).slice(0, 50),
    );
  }
  const startedOn = today();
  const skipped = preview.rows.filter((row) => row.errors.length > 0);
  const created = await ctx.db.transaction().execute(async (tx) => {
    let count = 0;
    for (const row of check.rows) {
      if (!row.person) continue;
      const { unitId, position, unitCode: _code, ...fields } = row.person;
      await createPersonIn(tx, ctx, fields, unitId, position, startedOn);
      count++;
    }
    await recordChange(tx, ctx.actor, {
      action: 'import',
      entityType: 'people_import',
      entityId: newId(),
      unitPath: peoplePolicy.manageableScopes(ctx.actor)[0] ?? null,
      before: null,
      after: { filename, mode, created: count, skipped: skipped.length },
    });
    return count;
  });
  return { created, skipped: skipped.length, skippedRows: skipped };
}
