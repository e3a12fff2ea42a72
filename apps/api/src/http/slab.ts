/**
 * Joins byte chunks into one body without a fresh allocation per body. Node pools
 * only buffers under 4 KB; a list page is about 11 KB, and allocating each one on its
 * own (an ArrayBuffer of its own, and the collection of it) cost about 10 µs, more
 * than the search that chose the entries, and left the heap of the process full of
 * 11 KB holes (its RSS grew by a third in the soak). Bodies are cut from a shared
 * slab instead, allocated 256 KB at a time; a slab is freed once no body cut from it
 * is referenced.
 *
 * Bodies kept for long (cached pages) come from a pool of their own: cut from the
 * same slabs as short-lived ones, one kept body would keep a whole slab alive.
 */
const SLAB_SIZE = 256 * 1024;
const MAX_SLICE = SLAB_SIZE / 4;

type Join = (parts: readonly Buffer[]) => Buffer;

export function slabPool(): Join {
  let slab = Buffer.allocUnsafe(SLAB_SIZE);
  let offset = 0;
  return (parts) => {
    let length = 0;
    for (const part of parts) length += part.length;
    if (length > MAX_SLICE) return Buffer.concat(parts as Buffer[], length);
    if (offset + length > SLAB_SIZE) {
      slab = Buffer.allocUnsafe(SLAB_SIZE);
      offset = 0;
    }
    const start = offset;
    for (const part of parts) offset += part.copy(slab, offset);
    // Keep slices 8-byte aligned, as Node's own pool does.
    offset = (offset + 7) & ~7;
    return slab.subarray(start, start + length);
  };
}
