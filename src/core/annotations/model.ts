// Claim operations on a sidecar. Pure: each returns a new file and leaves its input untouched.

import { makeTarget } from './anchoring';
import { SIDECAR_FORMAT, SIDECAR_VERSION, type Annotation, type SidecarFile } from './schema';

export interface NewClaim {
  /** the article text the offsets refer to */
  text: string;
  start: number;
  end: number;
  label: string;
  note?: string;
  /** creator name */
  creator: string;
  /** ISO 8601 timestamp */
  now: string;
  /** used for `article.name` when a new sidecar is created */
  articleName?: string;
  /** defaults to a fresh "urn:uuid:…" */
  id?: string;
}

export type ClaimPatch = Partial<Pick<Annotation, 'label' | 'note' | 'modified' | 'target'>>;

export function emptySidecar(articleName?: string): SidecarFile {
  return { format: SIDECAR_FORMAT, version: SIDECAR_VERSION, ...(articleName ? { article: { name: articleName } } : {}), annotations: [] };
}

export function newAnnotationId(): string {
  return `urn:uuid:${globalThis.crypto.randomUUID()}`;
}

/** Adds a claim on [start, end) of text. Throws RangeError on an empty or out-of-range span. */
export function addClaim(file: SidecarFile | null, claim: NewClaim): { file: SidecarFile; annotation: Annotation } {
  const { text, start, end } = claim;
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= text.length)) {
    throw new RangeError(`cannot tag [${start}, ${end}) in a text of length ${text.length}`);
  }
  const annotation: Annotation = {
    id: claim.id ?? newAnnotationId(),
    type: 'Annotation',
    motivation: 'assessing',
    label: claim.label,
    note: claim.note ?? '',
    creator: { name: claim.creator },
    created: claim.now,
    modified: claim.now,
    target: makeTarget(text, start, end),
  };
  const base = file ?? emptySidecar(claim.articleName);
  return { file: { ...base, annotations: [...base.annotations, annotation] }, annotation };
}

/** Changes label/note/modified/target of one claim. Throws when there is no claim with that id. */
export function updateClaim(file: SidecarFile, id: string, patch: ClaimPatch): SidecarFile {
  if (!file.annotations.some((a) => a.id === id)) throw new Error(`no claim with id ${id}`);
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  return { ...file, annotations: file.annotations.map((a) => (a.id === id ? { ...a, ...defined } : a)) };
}

/** Removes one claim (no-op when it is not there). */
export function removeClaim(file: SidecarFile, id: string): SidecarFile {
  return { ...file, annotations: file.annotations.filter((a) => a.id !== id) };
}
