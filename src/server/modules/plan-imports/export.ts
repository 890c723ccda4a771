import { formatSymbol } from '../../../domain/document-number.ts';
import { isPartyKind } from '../../../domain/unit-kinds.ts';
import { type OfficialIssuer, type OfficialPlan, writeOfficialDocx } from '../../../importer/docx-writer.ts';
import type { ServiceContext } from '../../context.ts';
import { AppError } from '../../http/errors.ts';
import { getDocument } from '../documents/service.ts';
import { listTasks } from '../plans/task-service.ts';
import { getUnitDetail } from '../units/service.ts';

/**
 * The body a Party organization names above itself in its header (Hướng dẫn 36): the Party
 * organization (đảng bộ) of its superior committee — "Thành ủy Thành phố Hồ Chí Minh" heads
 * "Đảng bộ Thành phố Hồ Chí Minh". Departments and associations name the superior as it is.
 */
export function superiorName(issuerIsParty: boolean, parentName: string): string {
  if (!issuerIsParty) return parentName;
  const committee = /^(Thành|Tỉnh|Quận|Huyện|Thị|Đảng) ủy (.+)$/u.exec(parentName);
  if (!committee) return parentName;
  const level = { Thành: '', Tỉnh: 'tỉnh ', Quận: 'quận ', Huyện: 'huyện ', Thị: 'thị xã ', Đảng: '' }[committee[1] as 'Thành'];
  return `Đảng bộ ${level}${committee[2]}`;
}

/**
 * An issuer as its header names it. Someone who reads the plan only because work is assigned
 * to their unit may not read the issuer's place in the tree; their copy omits the superior line.
 */
async function headerOf(ctx: ServiceContext, issuer: { id: string; name: string }): Promise<OfficialIssuer> {
  try {
    const unit = await getUnitDetail(ctx, issuer.id);
    const parent = unit.ancestors.at(-1);
    return { name: unit.name, superior: parent ? superiorName(isPartyKind(unit.kind), parent.name) : null };
  } catch (error) {
    if (error instanceof AppError && error.status === 403) return { name: issuer.name, superior: null };
    throw error;
  }
}

/**
 * A document in the official layout, for whoever may read it. Task fields list the units the
 * plan assigns; names left unmatched at import are already in the task's own words.
 */
export async function exportDocumentDocx(ctx: ServiceContext, documentId: string): Promise<{ filename: string; content: Buffer }> {
  const doc = await getDocument(ctx, documentId);
  const [tasks, issuers] = await Promise.all([listTasks(ctx, documentId), Promise.all(doc.issuers.map((issuer) => headerOf(ctx, issuer)))]);
  const unitsOf = (task: (typeof tasks)[number], role: 'lead' | 'partner') => task.units.filter((unit) => unit.role === role).map((unit) => unit.name);
  const plan: OfficialPlan = {
    notation: doc.notation,
    issuers,
    typeCode: doc.typeCode,
    issuerCode: doc.issuerCode,
    number: doc.number,
    place: doc.place,
    issuedOn: doc.issuedOn,
    year: doc.year,
    title: doc.title,
    bases: doc.bases,
    sections: doc.sections,
    tasks: tasks.map((task) => ({
      code: task.code,
      sectionCode: task.sectionCode,
      title: task.title,
      description: task.description,
      lead: unitsOf(task, 'lead'),
      partners: unitsOf(task, 'partner'),
      timeframe: task.timeframe,
    })),
    targets: doc.targets.map((target) => target.text),
    recipients: doc.recipients,
    signature: doc.signature,
  };
  const symbol = doc.number === null ? 'du-thao' : formatSymbol({ number: doc.number, typeCode: doc.typeCode, issuerCode: doc.issuerCode }, doc.notation).replace(/\//g, '-');
  return { filename: `${doc.typeName} ${symbol}.docx`, content: await writeOfficialDocx(plan) };
}
