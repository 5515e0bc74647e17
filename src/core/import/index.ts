// Importers: brat standoff and W3C Web Annotation → sidecar claims anchored on the article text.
import { emptySidecar } from '../annotations/model';
import type { SidecarFile } from '../annotations/schema';
import type { ImportedClaim } from './types';

export type * from './types';
export { importBrat, parseBrat, type BratDocument, type BratImportOptions } from './brat';
export { importW3C, collectW3CAnnotations } from './w3c';

/** Adds imported claims to a sidecar (new ids where an id is already taken). */
export function mergeClaims(file: SidecarFile | null, claims: readonly ImportedClaim[], articleName?: string): SidecarFile {
  const base = file ?? emptySidecar(articleName);
  const ids = new Set(base.annotations.map((a) => a.id));
  const added = claims.map(({ annotation }) => {
    let id = annotation.id;
    for (let k = 2; ids.has(id); k++) id = `${annotation.id}-${k}`;
    ids.add(id);
    return { ...annotation, id };
  });
  return { ...base, annotations: [...base.annotations, ...added] };
}
