// Several edits as one: the editor reports every keystroke, but the analysis is only asked for after
// a pause, so the incremental path needs one change that covers all the edits since it last ran.

/** `deletedLength` code units at `offset` replaced by `insertedLength` new ones. */
export interface EditSpan {
  offset: number;
  deletedLength: number;
  insertedLength: number;
}

/** One span that turns the text before `first` into the text after `second` (`second`'s offsets
 *  are in the text `first` produced). Everything between two distant edits counts as changed. */
export function composeEdits(first: EditSpan, second: EditSpan): EditSpan {
  // the region both touch, in the text between the two edits
  const start = Math.min(first.offset, second.offset);
  const end = Math.max(first.offset + first.insertedLength, second.offset + second.deletedLength);
  return {
    offset: start,
    // `start` lies before both edits; `end` lies after both, so it moves by each one's length change
    deletedLength: end - first.insertedLength + first.deletedLength - start,
    insertedLength: end - second.deletedLength + second.insertedLength - start,
  };
}

/** The span of one editor event whose changes all refer to the text before the event (VS Code
 *  reports them so, without overlaps). */
export function eventSpan(changes: readonly EditSpan[]): EditSpan {
  let start = Infinity;
  let end = -Infinity;
  let growth = 0;
  for (const c of changes) {
    start = Math.min(start, c.offset);
    end = Math.max(end, c.offset + c.deletedLength);
    growth += c.insertedLength - c.deletedLength;
  }
  return { offset: start, deletedLength: end - start, insertedLength: end - start + growth };
}
