/**
 * Documents of the registry: their types, kinds, life cycle and signature block.
 * A document is drafted, then issued; an issued document never changes again, and a
 * correction is a new version (a new draft) that supersedes it when issued.
 */
export const documentKinds = ['plan', 'guidance', 'program', 'other'] as const;
export type DocumentKind = (typeof documentKinds)[number];

/** Kinds whose body holds a task tree (DESIGN.md: "plans as task trees"). */
export const planKinds: readonly DocumentKind[] = ['plan', 'guidance', 'program'];

/** Document types by their code in the number, with their Vietnamese names. */
export const documentTypes: Record<string, string> = {
  NQ: 'Nghị quyết',
  CT: 'Chỉ thị',
  KL: 'Kết luận',
  QĐi: 'Quy định',
  QĐ: 'Quyết định',
  HD: 'Hướng dẫn',
  KH: 'Kế hoạch',
  CTr: 'Chương trình',
  ĐA: 'Đề án',
  BC: 'Báo cáo',
  TB: 'Thông báo',
  TTr: 'Tờ trình',
  CV: 'Công văn',
};

/** The kind a type code implies when a document is created without one. */
export function kindOfType(typeCode: string): DocumentKind {
  if (typeCode === 'KH') return 'plan';
  if (typeCode === 'HD') return 'guidance';
  if (typeCode === 'CTr') return 'program';
  return 'other';
}

export const documentStatuses = ['draft', 'issued', 'superseded'] as const;
export type DocumentStatus = (typeof documentStatuses)[number];

export function isEditable(status: DocumentStatus): boolean {
  return status === 'draft';
}

/** T/M (on behalf of a collective), K/T (signing for the head), T/L (by order of the head). */
export const signatureCapacities = ['T/M', 'K/T', 'T/L'] as const;
export type SignatureCapacity = (typeof signatureCapacities)[number];

export interface SignatureBlock {
  capacity: SignatureCapacity | null;
  /** Whom the capacity refers to: "ĐẢNG ỦY" in "T/M ĐẢNG ỦY". */
  onBehalfOf: string | null;
  position: string | null;
  signer: string | null;
}

/** Splits a capacity line as documents write it ("T/M ĐẢNG ỦY", "KT. TRƯỞNG BAN") into its parts. */
export function readCapacityLine(line: string | null): Pick<SignatureBlock, 'capacity' | 'onBehalfOf'> {
  const match = line ? /^\s*(T\s*\/?\s*M|K\s*\/?\s*T|T\s*\/?\s*L)\s*[.:]?\s*(.*)$/iu.exec(line) : null;
  if (!match) return { capacity: null, onBehalfOf: line?.trim() || null };
  const letters = match[1]!.replace(/[\s/]/g, '').toUpperCase();
  const capacity = `${letters[0]}/${letters[1]}` as SignatureCapacity;
  return { capacity, onBehalfOf: match[2]!.trim() || null };
}
