/**
 * Medicine names as other languages spell them, and the names patients use that the lists lacked:
 * a report in Dutch, Portuguese or Russian names its medicine the way its language writes it.
 */
import { describe, expect, it } from 'vitest';
import { capitalsOf, findProducts } from '../../src/classify/ae-products';
import { skeleton, SpelledNames } from '../../src/classify/ae-spellings';
import { judge } from './helpers';

const readAs = (word: string) => {
  const hits = findProducts([word.toLowerCase()], capitalsOf(word));
  return hits.length ? (hits[0]!.readAs ?? word.toLowerCase()) : null;
};

describe('medicine names in other spellings', () => {
  it.each([
    ['methylfenidaat', 'methylphenidate'],
    ['metilfenidato', 'methylphenidate'],
    ['Methylphenidat', 'methylphenidate'],
    ['minociclina', 'minocycline'],
    ['амитриптилин', 'amitriptyline'],
  ])('reads %s as %s', (word, name) => {
    expect(readAs(word)).toBe(name);
  });

  it('reads a generic with a Romance ending for its final -e by its stem, and the newer stems', () => {
    expect(readAs('loratadina')).not.toBeNull();
    expect(readAs('sevoflurane')).not.toBeNull();
    expect(readAs('roflumilast')).not.toBeNull();
  });

  it('knows the names patients use that the lists lacked', () => {
    for (const name of ['Visanne', 'Elvanse', 'EpiPen', 'Nurofen', 'Propecia'])
      expect(readAs(name)).not.toBeNull();
  });

  it('never reads an ordinary word of another language as a name', () => {
    expect(readAs('prochaine')).toBeNull();
    expect(readAs('diabete')).toBeNull();
    const names = new SpelledNames(['procaine', 'metformin'], ['prochaine']);
    expect(names.nameOf('prochaine')).toBeNull();
    expect(names.nameOf('metformine')).toBe('metformin');
    expect(skeleton('methylphenidate')).toBe(skeleton('metilfenidato'));
  });

  it('flags a Dutch caregiver report whose medicine is spelt the Dutch way', () => {
    const text =
      'Mijn zoon (16) gebruikt methylfenidaat voor adhd en eet bijna niks meer, 4 kilo kwijt in een maand.';
    expect(judge('Marieke', '', text, 'x').ae).toBe(true);
  });
});
