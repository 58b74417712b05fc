/** "1 person", "1,240 people": counts in English text, in every surface. */
export const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
