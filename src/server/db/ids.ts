import { v7 } from 'uuid';

/** Time-ordered ids (UUIDv7) keep inserts local in B-tree indexes. */
export function newId(): string {
  return v7();
}
