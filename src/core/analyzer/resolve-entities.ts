// Links entity candidates across the article: full names cluster into one person whose canonical
// name is the fullest form; a lone surname ("Yoon", "Putin") joins the person it names (the one
// mentioned most recently before, else the first after); "the ministry" joins the latest
// "South Korea’s defence ministry". Ids are stable slugs of the canonical name.

import type { Entity, EntityType, Mention } from './types';
import * as entities from './entities';
import type { EntityCandidates } from './entities';
import { firstAtOrAfter, firstStartingAt } from './search';
import { Scratch, int32 } from './scratch';
import { StringMemo } from './string-memo';

interface Cluster {
  /** index in the clusters array */
  id: number;
  type: EntityType;
  name: string;
  tokens: string[];
  role?: string;
  mentions: Mention[];
  /** for people: starts of the full-name mentions, in text order (what lone names link by) */
  fullStarts: number[];
  /** start of the first mention in text order, and the mention count so far */
  first: number;
  count: number;
  entity?: Entity;
  /** for descriptive organisations */
  head?: string;
  modifier?: string;
  /** for organisations: the last word of the name ("the Commission" finds "National Electoral Commission") */
  lastWord?: string;
  /** headMentions' list for lastWord (looked up once per cluster, not per mention) */
  headList?: HeadMentions;
  /** texts of this cluster's mentions already entered in byText (a name recurs with few spellings) */
  texts?: string[];
}

/** Organisation mentions whose names end with one word, in text order, as two parallel arrays of
 *  numbers (no object per mention, and no pointer stores: see resolveEntities). */
interface HeadMentions {
  starts: number[];
  /** cluster ids */
  ids: number[];
}

/** A new cluster with every field set, in one order: all clusters share one hidden class, so the
 *  per-mention reads and writes (count, first, mentions) stay monomorphic instead of megamorphic. */
function newCluster(id: number, type: EntityType, name: string, tokens: string[], head?: string, modifier?: string): Cluster {
  return {
    id, type, name, tokens, role: undefined, mentions: [], fullStarts: [], first: 0, count: 0, entity: undefined,
    head, modifier, lastWord: undefined, headList: undefined, texts: undefined,
  };
}

/** What a person name resolved to when last seen: valid while `version` (see resolveEntities) is unchanged. */
interface PersonMemo {
  /** the name's lower-case words */
  tokens: string[];
  /** the organisation whose short name it is: fixed once found (byShort entries never change) */
  org: Cluster | undefined;
  target: Cluster | undefined;
  version: number;
}

export interface ResolvedEntities {
  entities: Entity[];
  /** every mention sorted by start, as columns: start, end and its entity's index in `entities`
   *  (numbers in typed arrays: no object per mention beside the Mention itself, a 1 MB text has
   *  ~15,000, and nothing for the garbage collector to trace) */
  mentionStarts: Int32Array;
  mentionEnds: Int32Array;
  mentionEntities: Int32Array;
  /** each mention's index in its entity's mentions (where its text is) */
  mentionOrdinals: Int32Array;
  /** how many mentions: the columns are buffers the next analysis reuses, longer than that (and
   *  no subarray views of them: each was an allocation through the species lookup) */
  mentionCount: number;
}

/** A person name's lower-case words (never changed: clusters share them). */
const nameWordMemo = new StringMemo<string[]>(4096);

function nameWords(name: string): string[] {
  let words = nameWordMemo.get(name);
  if (words === undefined) nameWordMemo.set(name, (words = name.toLowerCase().split(' ')));
  return words;
}

/** A lone name's text → lower case (the text is the tokenizer's shared word: a lookup, not a new
 *  string to hash). */
const lowerWords = new StringMemo<string>(4096);

/** Id bases ("person:vladimir-putin") by type, of names seen before: the same names come back in
 *  every analysis of an article (each edit re-resolves every entity), a slug costs a normalisation
 *  and five regex passes, and an id kept is one string hashed once for the `used` set. */
const idBases: Record<EntityType, StringMemo<string>> = { person: new StringMemo(4096), organization: new StringMemo(4096), place: new StringMemo(4096) };

function idBase(type: EntityType, name: string): string {
  const memo = idBases[type];
  let s = memo.get(name);
  if (s === undefined) memo.set(name, (s = `${ID_PREFIX[type]}:${slugOf(name)}`));
  return s;
}

function slugOf(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'x';
}

// Local copies: unbundled (tsx, CommonJS) module bindings are property getters.
const { isAcronym, CAND_SIZE, C_START, C_END, C_CODE, C_TEXT, C_CANONICAL, C_ROLE, C_HEAD, C_MODIFIER, T_PERSON, T_ORG, T_PLACE, TYPE_MASK, TYPE_NAMES, K_SINGLE, K_DESC, K_REF, KIND_MASK, WEAK } = entities;

const ID_PREFIX: Record<EntityType, string> = { person: 'person', organization: 'org', place: 'place' };

function isSubset(a: string[], b: string[]): boolean {
  for (let i = 0; i < a.length; i++) if (!b.includes(a[i])) return false;
  return true;
}

/** Start of the last full mention of c before `at` (binary search over the ordered full mentions), or -1. */
function lastMentionBefore(c: Cluster, at: number): number {
  const a = c.fullStarts;
  const i = firstAtOrAfter(a, at);
  return i > 0 ? a[i - 1] : -1;
}

const SUFFIXES = new Set(['Inc.', 'Inc', 'Corp.', 'Corp', 'Co.', 'Co', 'Ltd', 'Ltd.', 'LLC', 'PLC', 'plc', 'AG', 'SA', 'NV', 'GmbH', 'Group', 'CP', 'FC', 'CF', 'SC',
  'Therapeutics', 'Pharmaceuticals', 'Pharma', 'Systems', 'Securities', 'Technologies', 'Technology', 'Labs', 'Laboratories', 'Software',
  'Energy', 'Airways', 'Airlines', 'Ventures', 'Solutions', 'Networks', 'Communications', 'Telecom', 'Logistics', 'Holdings',
  'Industries', 'Motors', 'Electronics', 'Capital', 'Partners', 'Media', 'Foods', 'Brands', 'Biotech', 'Robotics', 'Aerospace']);

/** "Keller Polymers Inc." → "Keller Polymers"; "Sporting CP" → "Sporting"; null when there is no
 *  suffix. `last` is the name's last word (lastWord). */
function shortName(name: string, last: string): string | null {
  return SUFFIXES.has(last) ? name.slice(0, name.length - last.length - 1).replace(/,$/, '') : null;
}

function lastWord(name: string): string | null {
  const i = name.lastIndexOf(' ');
  return i < 0 ? null : name.slice(i + 1);
}

/** The latest organisation before `at` whose name ends with `word` ("the Commission" → "National Electoral Commission").
 *  `byLast` lists each word's mentions in text order: a binary search, so thousands of lone names stay linear. */
function lastWithHead(byLast: Map<string, HeadMentions>, clusters: Cluster[], word: string, at: number): Cluster | undefined {
  const xs = byLast.get(word);
  if (!xs) return undefined;
  // the one before the first mention starting at or after `at`
  const i = firstAtOrAfter(xs.starts, at);
  return i > 0 ? clusters[xs.ids[i - 1]] : undefined;
}

/** How many earlier descriptive names a "the ministry" looks back through. */
const MAX_REF_LOOKBACK = 20;

/** Candidates by paragraph (paragraph-relative offsets), with each paragraph's start: parallel
 *  arrays, not an object per paragraph. */
export interface CandidateGroups {
  bases: number[];
  cands: EntityCandidates[];
  /** slots in use of each group's array (a reused array is longer) */
  sizes: number[];
}

// Columns of one call, reused by the next (see scratch.ts): the mention columns are read by the
// speaker resolver of the same analysis, never kept.
const assignedCol = new Scratch(int32);
const entityIndexCol = new Scratch(int32);
const lastStartCol = new Scratch(int32);
const startsCol = new Scratch(int32);
const endsCol = new Scratch(int32);
const entitiesCol = new Scratch(int32);
const ordinalsCol = new Scratch(int32);

/** Runs once per analysis (mostly unoptimized): hot loops are indexed, not for-of (see assemble). */
export function resolveEntities(groups: CandidateGroups): ResolvedEntities {
  const { bases, cands: groupCands, sizes } = groups;
  const clusters: Cluster[] = [];
  const byPlace = new Map<string, Cluster>();
  const byOrg = new Map<string, Cluster>();
  const byDesc = new Map<string, Cluster>();
  /** a person name → its words and the cluster it joined (names repeat: resolved once while nothing changes) */
  const personMemo = new Map<string, PersonMemo>();
  /** bumped whenever personsByToken, a person cluster's words or byShort change: what a person name links to
   *  depends on nothing else, so a memo of the same version still holds */
  let version = 0;
  const personsByToken = new Map<string, Cluster[]>();
  /** text of organisation/place names seen → their cluster ("USAI" defined in brackets) */
  const byText = new Map<string, Cluster>();
  const descMentions: { start: number; c: Cluster }[] = [];
  /** organisations by their name without a legal or club suffix ("Keller Polymers", "Sporting") */
  const byShort = new Map<string, Cluster>();
  /** organisation mentions by the last word of the name, in text order ("the Commission") */
  const headMentions = new Map<string, HeadMentions>();
  // Per-candidate bookkeeping is kept in numbers, not references: storing a reference into an
  // array or object runs the garbage collector's write barrier, which takes its slow path for
  // every store while incremental marking is on (as it often is by the time an article is
  // assembled), and these stores ran once or more per candidate.
  /** candidates linked after the first pass, as (group, slot in group, start, candidate index) */
  const deferred: number[] = [];
  let total = 0;
  for (let gi = 0; gi < groupCands.length; gi++) total += sizes[gi] / CAND_SIZE;
  /** cluster id of each candidate (-1: none), by its index in text order; mentions are built in order at the end */
  const assigned = assignedCol.get(total).fill(-1, 0, total);
  const cluster = (type: EntityType, name: string, tokens: string[], head?: string, modifier?: string): Cluster => {
    const c = newCluster(clusters.length, type, name, tokens, head, modifier);
    clusters.push(c);
    return c;
  };

  const indexPerson = (c: Cluster) => {
    for (let i = 0; i < c.tokens.length; i++) {
      const t = c.tokens[i];
      const list = personsByToken.get(t);
      if (!list) {
        personsByToken.set(t, [c]);
        version++;
      } else if (!list.includes(c)) {
        list.push(c);
        version++;
      }
    }
  };
  const add = (c: Cluster, start: number, idx: number) => {
    assigned[idx] = c.id;
    if (c.count === 0 || start < c.first) c.first = start;
    c.count++;
  };

  let idx = -1;
  for (let gi = 0; gi < groupCands.length; gi++) for (let k = 0; k < sizes[gi]; k += CAND_SIZE) {
    const cs = groupCands[gi];
    idx++;
    const start = (cs[k + C_START] as number) + bases[gi];
    const code = cs[k + C_CODE] as number;
    const kind = code & KIND_MASK;
    const typeBits = code & TYPE_MASK;
    if (kind === K_SINGLE || kind === K_REF || typeBits === 0 || (code & WEAK) !== 0) {
      deferred.push(gi, k, start, idx);
      continue;
    }
    const canonical = cs[k + C_CANONICAL] as string;
    const text = cs[k + C_TEXT] as string;
    if (typeBits === T_PERSON) {
      let memo = personMemo.get(canonical);
      if (memo && memo.org) {
        add(memo.org, start, idx);
        continue;
      }
      // nothing the lookup below reads has changed since this name was last resolved: same cluster,
      // already indexed under its words, with words at least as many
      if (memo && memo.version === version && memo.target) {
        memo.target.fullStarts.push(start);
        add(memo.target, start, idx);
        continue;
      }
      // "Keller Polymers" after "Keller Polymers Inc.": the organisation's short name, not a person
      const org = byShort.get(canonical);
      if (!memo) personMemo.set(canonical, (memo = { tokens: nameWords(canonical), org: undefined, target: undefined, version: -1 }));
      if (org) {
        memo.org = org;
        add(org, start, idx);
        continue;
      }
      const tokens = memo.tokens;
      let target: Cluster | undefined;
      for (let i = 0; i < tokens.length && !target; i++) {
        const list = personsByToken.get(tokens[i]);
        for (let j = 0; list && j < list.length; j++) {
          const c = list[j];
          if (isSubset(tokens, c.tokens) || isSubset(c.tokens, tokens)) {
            target = c;
            break;
          }
        }
      }
      if (!target) {
        target = cluster('person', canonical, tokens);
      } else if (tokens.length > target.tokens.length) {
        target.name = canonical;
        target.tokens = tokens;
        version++;
      }
      indexPerson(target);
      memo.target = target;
      memo.version = version;
      target.fullStarts.push(start);
      add(target, start, idx);
      continue;
    }
    // one map per kind keyed by the canonical name: gazetteer names are shared strings, hashed once
    const map = kind === K_DESC ? byDesc : typeBits === T_PLACE ? byPlace : byOrg;
    const key = kind === K_DESC ? canonical.toLowerCase() : canonical;
    let c = map.get(key);
    if (!c) {
      c = cluster(TYPE_NAMES[typeBits]!, canonical, [], cs[k + C_HEAD] as string | undefined, cs[k + C_MODIFIER] as string | undefined);
      map.set(key, c);
      // the name is the cluster's key: its short form and last word are the same for every mention
      if (typeBits === T_ORG && kind !== K_DESC) {
        const last = lastWord(canonical);
        const short = last === null ? null : shortName(canonical, last);
        if (short && !byShort.has(short)) {
          byShort.set(short, c);
          version++;
        }
        c.lastWord = last ?? undefined;
      }
      if (kind !== K_DESC) {
        // the first mention enters the text, then the canonical name (later mentions find it there)
        if (!byText.has(text)) byText.set(text, c);
        if (!byText.has(canonical)) byText.set(canonical, c);
        c.texts = [text];
        if (c.lastWord) {
          c.headList = headMentions.get(c.lastWord);
          if (!c.headList) headMentions.set(c.lastWord, (c.headList = { starts: [], ids: [] }));
        }
      }
    } else if (kind !== K_DESC && !c.texts!.includes(text)) {
      // a spelling not seen with this cluster ("U.S." after "US"): byText may not have it yet
      if (!byText.has(text)) byText.set(text, c);
      c.texts!.push(text);
    }
    if (kind === K_DESC) descMentions.push({ start, c });
    else if (c.headList) {
      c.headList.starts.push(start);
      c.headList.ids.push(c.id);
    }
    // (fullStarts only serve people: lone names link to persons)
    add(c, start, idx);
  }

  for (let di = 0; di < deferred.length; di += 4) {
    const cs = groupCands[deferred[di]];
    const slot = deferred[di + 1];
    const start = deferred[di + 2];
    const idx = deferred[di + 3];
    const code = cs[slot + C_CODE] as number;
    const typeBits = code & TYPE_MASK;
    const text = cs[slot + C_TEXT] as string;
    const canonical = cs[slot + C_CANONICAL] as string;
    if ((code & KIND_MASK) === K_REF) {
      const head = cs[slot + C_HEAD] as string;
      const modifier = cs[slot + C_MODIFIER] as string | undefined;
      // descMentions is in text order: from the last before the ref, look back a bounded way
      let k = firstStartingAt(descMentions, start) - 1;
      for (let n = 0; k >= 0 && n < MAX_REF_LOOKBACK; k--, n++) {
        const d = descMentions[k].c;
        if (d.head !== head || (modifier && d.modifier && modifier !== d.modifier)) continue;
        add(d, start, idx);
        break;
      }
      continue;
    }
    // a lone name: the person it names, nearest before, else first after
    let lower = lowerWords.get(text);
    if (lower === undefined) lowerWords.set(text, (lower = text.toLowerCase()));
    const list = personsByToken.get(lower);
    if ((code & WEAK) !== 0 && !(list && list.length > 0)) {
      const type = TYPE_NAMES[typeBits] ?? 'place';
      const map = type === 'organization' ? byOrg : byPlace;
      let c = map.get(canonical);
      if (!c) {
        c = cluster(type, canonical, []);
        map.set(canonical, c);
      }
      add(c, start, idx);
      continue;
    }
    if (!(list && list.length > 0) && typeBits === 0) {
      const named = byText.get(text) ?? byShort.get(text) ?? lastWithHead(headMentions, clusters, text, start);
      if (named) add(named, start, idx);
      else if (isAcronym(text) && text.length <= 6) {
        // an acronym nobody defined ("broadcaster TVP"): an organisation of its own
        let c = byOrg.get(canonical);
        if (!c) {
          c = cluster('organization', canonical, []);
          byOrg.set(canonical, c);
        }
        add(c, start, idx);
      }
      continue;
    }
    if (list && list.length > 0) {
      let best = list[0];
      let bestAt = -1;
      for (let i = 0; i < list.length; i++) {
        const c = list[i];
        const at = lastMentionBefore(c, start);
        if (at > bestAt) {
          best = c;
          bestAt = at;
        }
      }
      add(best, start, idx);
    } else if (typeBits === T_PERSON) {
      const c = cluster('person', canonical, [canonical.toLowerCase()]);
      indexPerson(c);
      add(c, start, idx);
    }
  }

  const live = clusters.filter((c) => c.count > 0);
  live.sort((a, b) => a.first - b.first || a.name.localeCompare(b.name));
  const used = new Set<string>();
  const entities: Entity[] = [];
  /** each cluster's index in `entities`, and the start of its last mention so far (-1: none) */
  const entityIndex = entityIndexCol.get(clusters.length);
  const lastStart = lastStartCol.get(clusters.length);
  for (let i = 0; i < live.length; i++) {
    const c = live[i];
    const base = idBase(c.type, c.name);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    const e: Entity = { id, type: c.type, name: c.name, mentions: c.mentions };
    c.entity = e;
    entityIndex[c.id] = entities.length;
    lastStart[c.id] = -1;
    entities.push(e);
  }
  // mentions in text order (candidates are sorted within a paragraph, paragraphs are in order)
  const mentionStarts = startsCol.get(total);
  const mentionEnds = endsCol.get(total);
  const mentionEntities = entitiesCol.get(total);
  const mentionOrdinals = ordinalsCol.get(total);
  let n = 0;
  idx = -1;
  for (let gi = 0; gi < groupCands.length; gi++) for (let k = 0; k < sizes[gi]; k += CAND_SIZE) {
    const cs = groupCands[gi];
    const base = bases[gi];
    const id = assigned[++idx];
    if (id < 0) continue;
    const c = clusters[id];
    const start = (cs[k + C_START] as number) + base;
    if (lastStart[id] === start) continue;
    lastStart[id] = start;
    const end = (cs[k + C_END] as number) + base;
    mentionOrdinals[n] = c.mentions.length;
    c.mentions.push({ start, end, text: cs[k + C_TEXT] as string });
    const role = cs[k + C_ROLE] as string | undefined;
    if (!c.role && role) c.role = role;
    mentionStarts[n] = start;
    mentionEnds[n] = end;
    mentionEntities[n++] = entityIndex[id];
  }
  for (let i = 0; i < live.length; i++) if (live[i].role) live[i].entity!.role = live[i].role;
  return { entities, mentionStarts, mentionEnds, mentionEntities, mentionOrdinals, mentionCount: n };
}
