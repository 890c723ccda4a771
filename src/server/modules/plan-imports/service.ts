import { decodeText, fileKinds, type FileKind } from '../../../domain/file-types.ts';
import { docxToText } from '../../../importer/docx.ts';
import { parsePlan } from '../../../importer/parse-plan.ts';
import type { PlanExtraction } from '../../../importer/types.ts';
import { rankUnits, type OrgUnitRef } from '../../../importer/unit-matching.ts';
import type { ServiceContext } from '../../context.ts';
import { unprocessable } from '../../http/errors.ts';
import type { Upload } from '../documents/upload.ts';
import { createPlanFromExtraction, type FromExtractionInput } from '../plans/extraction-service.ts';
import { searchUnitsByName, type UnitView } from '../units/service.ts';
import { planImportPolicy } from './policy.ts';

export const planFileKinds = ['docx', 'txt'] as const satisfies readonly FileKind[];

/** Candidates offered per name; the reviewer can still pick any unit with the unit picker. */
const CANDIDATES_PER_NAME = 5;
/** The shallowest units in reach: plans name units near their issuer. */
const NEARBY_UNITS = 200;
/** Units whose name contains a written name in full ("Chi bộ Phòng Nghiệp vụ Y", deeper down). */
const UNITS_PER_NAME = 20;
/** Below this the best candidate is listed but not chosen: "Đoàn Thanh niên" fits many units a little. */
const PRESELECT_SCORE = 0.5;

async function fileText(upload: Upload): Promise<{ kind: 'docx' | 'txt'; text: string }> {
  if (upload.contentType === fileKinds.docx.contentType) {
    try {
      return { kind: 'docx', text: await docxToText(upload.content) };
    } catch {
      throw unprocessable('plan_file_unreadable');
    }
  }
  return { kind: 'txt', text: decodeText(upload.content) };
}

/** Every unit name the document gives a task, once each, in reading order. */
function namedUnits(extraction: PlanExtraction): string[] {
  return [...new Set(extraction.tasks.flatMap((task) => [...task.lead, ...task.partners]))];
}

type Candidate = OrgUnitRef & { shortName: string | null };

function addUnits(units: Map<string, Candidate>, found: UnitView[]) {
  for (const unit of found) units.set(unit.id, { id: unit.id, name: unit.name, shortName: unit.shortName });
}

/**
 * Proposes an org unit in the actor's reach for each name. Candidates are the units nearest
 * the top of the reach, where the units a plan names usually are, and for a name none of
 * them carries exactly, the units whose name contains it in full (the unit search folds
 * diacritics). The importer's matcher ranks them, so "Đoàn Khối" still finds "Đoàn Thanh
 * niên Khối" and "BTG" the Ban Tuyên giáo.
 */
async function matchNames(ctx: ServiceContext, names: string[]) {
  if (names.length === 0) return [];
  const units = new Map<string, Candidate>();
  addUnits(units, await searchUnitsByName(ctx, { limit: NEARBY_UNITS }));
  const nearby = [...units.values()];
  const inexact = names.filter((name) => rankUnits(name, nearby, 1).candidates[0]?.score !== 1);
  for (const found of await Promise.all(inexact.map((name) => searchUnitsByName(ctx, { search: name, limit: UNITS_PER_NAME })))) addUnits(units, found);
  const all = [...units.values()];
  return names.map((name) => {
    const { candidates, best } = rankUnits(name, all, CANDIDATES_PER_NAME);
    return {
      name,
      candidates: candidates.map((candidate) => ({ unitId: candidate.unitId, name: candidate.unitName, shortName: units.get(candidate.unitId)!.shortName, score: candidate.score })),
      unitId: best && best.score >= PRESELECT_SCORE ? best.unitId : null,
    };
  });
}

/**
 * Reads a plan from an uploaded .docx or .txt and proposes its structure and the units its
 * names stand for. Nothing is stored: the reviewer corrects the proposal and saves it.
 */
export async function previewPlanImport(ctx: ServiceContext, readFile: () => Promise<Upload>) {
  planImportPolicy.import(ctx.actor);
  const upload = await readFile();
  const { kind, text } = await fileText(upload);
  // Lines are what the source spans count; one line break form keeps the client's split simple.
  const sourceText = text.replace(/\r\n?/g, '\n');
  if (sourceText.trim() === '') throw unprocessable('plan_file_empty');
  const { extraction, sources } = parsePlan(sourceText);
  return { fileName: upload.filename, fileKind: kind, extraction, sources, sourceText, unitMatches: await matchNames(ctx, namedUnits(extraction)) };
}

/** Saves a reviewed extraction as a draft plan; names the reviewer left unmatched stay on their tasks. */
export async function savePlanImport(ctx: ServiceContext, input: FromExtractionInput) {
  planImportPolicy.import(ctx.actor);
  return createPlanFromExtraction(ctx, input);
}
