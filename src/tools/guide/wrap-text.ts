/**
 * Greedy word wrap. Words longer than the line are put on a line of their own, never
 * cut. Internal: used by the terminal renderer.
 *
 * @param text - Text; runs of whitespace count as one space.
 * @param width - Maximum line length, including `indent`.
 * @param indent - Prefix of every line after the first.
 * @param first - Prefix of the first line (defaults to `indent`).
 * @returns The wrapped lines.
 */
export function wrapText(text: string, width: number, indent: string, first: string = indent): string[] {
  const lines: string[] = []
  let line = first
  let empty = true
  for (const word of text.split(/\s+/)) {
    if (word === '') continue
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line)
      line = indent + word
    } else {
      line = empty ? line + word : `${line} ${word}`
    }
    empty = false
  }
  lines.push(line)
  return lines
}
